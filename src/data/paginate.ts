/**
 * Lays a story's paragraphs out into screen-sized pages (the reader turns pages; it never scrolls a wall of
 * text). Pure: the caller injects the text-measuring function, so this runs and is tested in node.
 *
 * Every page is a list of fragments; a fragment is one paragraph's lines on that page and becomes one text
 * node, so no text texture is ever taller than a page (Lightning's textures fail past ~2048 px). A paragraph
 * longer than a page simply continues over several pages.
 *
 * Each page knows its anchor — the paragraph and character it starts with — so after a re-layout (another
 * text size) `pageOf(newPages, oldAnchor)` finds the page the reader was on.
 */
import { codePointAt } from './text/codePoints'
import { isRtl } from './text/direction'
import { type Line, type Measure, wrapParagraph } from './text/lineBreak'
import { cleanWhitespace } from './text/whitespace'

export type { Line, Measure }

export interface PageGeometry {
  /** Column width in px. */
  width: number
  lineHeight: number
  /** Space between two paragraphs, in px. */
  paragraphGap: number
  /** Height available for text on the first page (below the headline) and on the others. */
  firstPageHeight: number
  pageHeight: number
}

export interface Anchor {
  paragraph: number
  /** Character offset in the (white-space normalised) paragraph. */
  offset: number
}

export interface Fragment {
  paragraph: number
  lines: Line[]
  /** Top of the fragment on its page, in px. */
  y: number
  /** Right-to-left paragraph (Arabic, Hebrew…): drawn right-aligned. */
  rtl: boolean
  /** The paragraph started on an earlier page. */
  continued: boolean
  /** The paragraph goes on on the next page. */
  continues: boolean
}

export interface Page {
  fragments: Fragment[]
  /** Where the page starts. */
  anchor: Anchor
  /** Words on the page (for reading-time estimates). */
  words: number
}

/** Words in a text; Chinese and Japanese (no spaces) count about one word per two characters. */
export function countWords(text: string): number {
  let ideographs = 0
  for (const ch of text) {
    const cp = codePointAt(ch)
    if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0x20000 && cp <= 0x3134f))
      ideographs++
  }
  const spaced = text.split(/\s+/).filter((token) => /[^\s\u3000-\u9fff]/.test(token)).length
  return spaced + Math.ceil(ideographs / 2)
}

/**
 * Pages for the paragraphs. Empty paragraphs are skipped. Typographic care: a paragraph never leaves a
 * single first line alone at the foot of a page (it moves to the next page), nor a single last line alone at
 * the top of the next one (one more line goes over with it).
 */
export function paginate(paragraphs: readonly string[], geometry: PageGeometry, measure: Measure): Page[] {
  const { lineHeight, paragraphGap } = geometry
  const pages: Page[] = []
  let fragments: Fragment[] = []
  let y = 0
  const heightOf = () => (pages.length === 0 ? geometry.firstPageHeight : geometry.pageHeight)
  const newPage = () => {
    if (fragments.length > 0) pages.push(pageFrom(fragments))
    fragments = []
    y = 0
  }

  paragraphs.forEach((paragraph, index) => {
    const text = cleanWhitespace(paragraph)
    const lines = wrapParagraph(text, geometry.width, measure)
    if (lines.length === 0) return
    const rtl = isRtl(text)
    let i = 0
    while (i < lines.length) {
      const gap = fragments.length > 0 ? paragraphGap : 0
      const fits = Math.floor((heightOf() - y - gap + 0.5) / lineHeight)
      const remaining = lines.length - i
      if (fits <= 0 && fragments.length > 0) {
        newPage()
        continue
      }
      let take = Math.max(1, Math.min(fits, remaining))
      // Orphan: the paragraph's first line alone at the foot of a page.
      if (i === 0 && take === 1 && remaining > 1 && fragments.length > 0) {
        newPage()
        continue
      }
      // Widow: its last line alone at the top of the next page.
      if (take < remaining && remaining - take === 1 && take > 2) take -= 1
      fragments.push({
        paragraph: index,
        lines: lines.slice(i, i + take),
        y: y + gap,
        rtl,
        continued: i > 0,
        continues: i + take < lines.length,
      })
      y += gap + take * lineHeight
      i += take
      if (i < lines.length) newPage()
    }
  })
  newPage()
  return pages
}

function pageFrom(fragments: Fragment[]): Page {
  const [first] = fragments
  if (!first) throw new Error('Lightwire: a page holds at least one fragment')
  return {
    fragments,
    anchor: { paragraph: first.paragraph, offset: first.lines[0]?.start ?? 0 },
    words: fragments.reduce(
      (sum, fragment) => sum + fragment.lines.reduce((n, line) => n + countWords(line.text), 0),
      0,
    ),
  }
}

const before = (a: Anchor, b: Anchor): boolean =>
  a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset <= b.offset)

/** Index of the page that holds the anchor's character (the last page starting at or before it). */
export function pageOf(pages: readonly Page[], anchor: Anchor): number {
  let found = 0
  pages.forEach((page, index) => {
    if (before(page.anchor, anchor)) found = index
  })
  return found
}

/** Reading speed for the "minutes left" estimate: a relaxed pace for text read from a sofa. */
export const WORDS_PER_MINUTE = 200

/** Whole minutes to read from the start of `pageIndex` to the end (at least 1 while there is text). */
export function minutesLeft(pages: readonly Page[], pageIndex: number, wpm = WORDS_PER_MINUTE): number {
  const words = pages.slice(Math.max(0, pageIndex)).reduce((sum, page) => sum + page.words, 0)
  return words === 0 ? 0 : Math.max(1, Math.round(words / wpm))
}
