/**
 * Finds what looks like English a viewer would read, in TypeScript source: string literals and the text
 * parts of template literals that hold two words in a row ("Go to Home"), and single capitalised words given
 * to a property that is shown on screen (`text:`, `label:`, `title:`…). Comments are skipped, and so are
 * lines that only speak to developers (log and warn calls, thrown errors).
 */

export interface FoundWords {
  file: string
  line: number
  text: string
}

/** Properties and setters whose string ends up on screen. */
const SHOWN =
  /\b(text|label|title|message|headline|detail|context|value|hint|confirmLabel|cancelLabel)\s*[:=][^;,{}()]*$/

/** Two words of letters in a row: a phrase, not an identifier, a path or a key. */
const PHRASE = /\p{L}{2,}[’']?\p{L}*[,.:…]?\s+[·]?\s*\p{L}{2,}/u
const WORD = /^\p{Lu}\p{L}+$/u

/** Lines whose strings are for developers: log messages and errors that never reach the screen. */
const DEVELOPER_LINE = /\b(warn|log\.\w+|console\.\w+|throw new \w*Error|new Error|reject)\s*\(/

function stripComments(source: string): string {
  // Keep line numbers: a removed comment leaves its newlines.
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (_match, before: string) => before)
}

/** The string literals on one line, with what stands before each (to see which property it is given to). */
function literals(line: string): { before: string; text: string }[] {
  const found: { before: string; text: string }[] = []
  const pattern = /(['"`])((?:\\.|(?!\1)[^\\])*)\1/g
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const body = match[2] ?? ''
    // A template literal's `${…}` parts are code, not words.
    const text = match[1] === '`' ? body.replace(/\$\{[^}]*\}/g, ' ') : body
    found.push({ before: line.slice(0, match.index), text })
  }
  return found
}

export function findWords(file: string, source: string): FoundWords[] {
  const found: FoundWords[] = []
  stripComments(source)
    .split('\n')
    .forEach((line, index) => {
      if (/^\s*import\b|^\s*} from\b/.test(line) || DEVELOPER_LINE.test(line)) return
      for (const { before, text } of literals(line)) {
        // Earlier literals on the line are not code before this one (`a ? 'Shown' : 'Hidden'`).
        const code = before.replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""')
        const shown = SHOWN.test(code) && WORD.test(text.trim())
        if (PHRASE.test(text) || shown) found.push({ file, line: index + 1, text: text.trim() })
      }
    })
  return found
}
