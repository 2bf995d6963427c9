import { describe, expect, it } from 'vitest'
import { rawLiterals, rawLiteralsIn, sourceFiles } from './rawGeometry'

const ROOT = new URL('../../..', import.meta.url).pathname

/**
 * Where numbers and colours are written down on purpose. theme.ts is the token file; a page's `layout.ts` is
 * that page's geometry (DEVELOPERS.md, "Theme").
 */
const TOKEN_FILES = (file: string): boolean => file === 'src/ui/theme.ts' || file.endsWith('/layout.ts')

/** Raw literals that are not design values, each with the reason it may stay. */
const ALLOWED: readonly { file: string; text: string; why: string }[] = [
  {
    file: 'src/ui/rounded.ts',
    text: 'const TINTABLE = 0xffffffff',
    why: 'the shared rounded textures are drawn white so that `color` tints them: a mechanism, not a colour',
  },
]

describe('theme discipline: pages and components take geometry and colours from theme.ts or a layout module', () => {
  const files = [...sourceFiles(ROOT, 'src/ui'), ...sourceFiles(ROOT, 'src/pages')].filter(
    (file) => !TOKEN_FILES(file),
  )

  it('finds the files it guards', () => {
    expect(files).toContain('src/pages/settings/SettingsPage.ts')
    expect(files).toContain('src/ui/Tile.ts')
    expect(files).not.toContain('src/pages/settings/layout.ts')
  })

  it('has no raw x/y/w/h/mount numbers (other than 0, 1, a centring 0.5 or a halving 2) and no hex colours', () => {
    const found = rawLiteralsIn(ROOT, files).filter(
      (raw) => !ALLOWED.some((allowed) => allowed.file === raw.file && allowed.text === raw.text),
    )
    expect(found.map((raw) => `${raw.file}:${raw.line}: ${raw.text}`)).toEqual([])
  })

  it('every allow-list entry is still needed', () => {
    for (const allowed of ALLOWED) {
      expect(rawLiteralsIn(ROOT, [allowed.file]).map((raw) => raw.text)).toContain(allowed.text)
    }
  })
})

describe('the raw literal finder', () => {
  const texts = (source: string) => rawLiterals('x.ts', source).map((raw) => raw.text)

  it('flags positions, sizes and mounts written as numbers, in templates and assignments', () => {
    expect(texts('  Box: { x: 24, w: stage.w },')).toEqual(['Box: { x: 24, w: stage.w },'])
    expect(texts('  y: safe.title.y + 80,')).toEqual(['y: safe.title.y + 80,'])
    expect(texts('  label.x = 12')).toEqual(['label.x = 12'])
    expect(texts('  Mark: { mountY: 0.8 },')).toEqual(['Mark: { mountY: 0.8 },'])
  })

  it('flags hex colours, as numbers or CSS strings', () => {
    expect(texts('  color: 0xff0d1117,')).toEqual(['color: 0xff0d1117,'])
    expect(texts("  const accent = '#f2b33d'")).toEqual(["const accent = '#f2b33d'"])
  })

  it('lets tokens, 0, 1, centring and halving through, and ignores comments', () => {
    expect(
      texts(
        [
          '  Box: { x: 0, y: space.m, w: home.tile.w, alpha: 0.4, mount: 0.5, mountX: 1 },',
          '  x: (stage.w - PANEL_W) / 2,',
          '  w: SECTION_W + 2 * space.s,',
          '  // Sits at x 192, like the header.',
          '  /* y: 300 was the old place */',
          '  if (a.x === 300) return',
        ].join('\n'),
      ),
    ).toEqual([])
  })
})
