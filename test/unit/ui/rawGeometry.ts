import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** One raw number or colour where a token or a layout value belongs. */
export interface RawLiteral {
  file: string
  line: number
  text: string
}

/** Position, size and mount properties: the geometry that belongs in theme.ts or a page's layout module. */
const GEOMETRY = /(?:\b|\.)(x|y|w|h|mount|mountX|mountY)\s*[:=](?!=)\s*([^,;}\n]+)/g
const NUMBER = /(?<![\w.])(\d+(?:\.\d+)?)(?![\w.])/g
const HEX_COLOR = /\b0x[0-9a-fA-F]{6,8}\b|['"`]#[0-9a-fA-F]{3,8}['"`]/g

/** Numbers that are not magic: nothing, all, and halving to centre something. */
function isPlain(value: string, expression: string, index: number, property: string): boolean {
  if (value === '0' || value === '1') return true
  // A mount of 0.5 is "centred on x/y", not a size.
  if (value === '0.5' && property.startsWith('mount')) return true
  // `(outer - inner) / 2` centres and `2 * space.s` is a gap on each side: counts, not distances.
  return (
    value === '2' &&
    (/[/*]\s*$/.test(expression.slice(0, index)) || /^\s*\*/.test(expression.slice(index + 1)))
  )
}

/** Code with comments blanked out (line numbers kept), so prose like "x 192–1726" is not flagged. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`])\/\/.*$/gm, (_, before: string) => before)
}

/** Raw geometry numbers and hex colours in one file's source. */
export function rawLiterals(file: string, source: string): RawLiteral[] {
  const found: RawLiteral[] = []
  withoutComments(source)
    .split('\n')
    .forEach((code, index) => {
      const geometry = [...code.matchAll(GEOMETRY)].some(([, property = '', expression = '']) =>
        [...expression.matchAll(NUMBER)].some(
          (number) => !isPlain(number[1] ?? '', expression, number.index, property),
        ),
      )
      if (geometry || HEX_COLOR.test(code)) found.push({ file, line: index + 1, text: code.trim() })
      HEX_COLOR.lastIndex = 0
    })
  return found
}

/** Every `.ts` file under `dir`, as paths relative to `root`. */
export function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => relative(root, join(root, dir, name)))
    .sort()
}

export function rawLiteralsIn(root: string, files: readonly string[]): RawLiteral[] {
  return files.flatMap((file) => rawLiterals(file, readFileSync(join(root, file), 'utf8')))
}
