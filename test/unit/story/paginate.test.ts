import { describe, expect, it } from 'vitest'
import {
  countWords,
  minutesLeft,
  type Page,
  type PageGeometry,
  pageOf,
  paginate,
} from '../../../src/data/paginate'
import { cleanWhitespace } from '../../../src/data/text/whitespace'
import { defined } from '../../defined'
import { CHAR, monospace } from './fakeMeasure'

/** 30 characters a line, 10 px lines, 5 lines a page (4 on the first), half a line between paragraphs. */
const geometry = (overrides: Partial<PageGeometry> = {}): PageGeometry => ({
  width: 30 * CHAR,
  lineHeight: 10,
  paragraphGap: 5,
  firstPageHeight: 40,
  pageHeight: 50,
  ...overrides,
})

const words = (n: number, seed = 'w') =>
  Array.from({ length: n }, (_, i) => `${seed}${String(i).padStart(3, '0')}`).join(' ')

/** All the text of the story, page after page, paragraph breaks included. */
function reassemble(pages: Page[]): string[] {
  const out: string[] = []
  for (const page of pages) {
    for (const fragment of page.fragments) {
      const text = fragment.lines.map((line) => line.text).join(' ')
      if (fragment.continued) out[out.length - 1] += ` ${text}`
      else out.push(text)
    }
  }
  return out
}

function expectWellFormed(pages: Page[], g: PageGeometry) {
  pages.forEach((page, index) => {
    const height = index === 0 ? g.firstPageHeight : g.pageHeight
    expect(page.fragments.length).toBeGreaterThan(0)
    for (const fragment of page.fragments) {
      expect(fragment.y + fragment.lines.length * g.lineHeight).toBeLessThanOrEqual(height)
      for (const line of fragment.lines) expect(monospace(line.text)).toBeLessThanOrEqual(g.width)
    }
  })
}

describe('paginate', () => {
  it('keeps a short story on one page, with paragraph gaps', () => {
    const pages = paginate(['One short paragraph.', 'And another.'], geometry(), monospace)
    expect(pages).toHaveLength(1)
    expect(pages[0]?.fragments.map((f) => [f.paragraph, f.y])).toEqual([
      [0, 0],
      [1, 15],
    ])
    expect(pages[0]?.anchor).toEqual({ paragraph: 0, offset: 0 })
  })

  it('fills pages in order and loses no text', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => words(8 + i * 3, `p${i}x`))
    const g = geometry()
    const pages = paginate(paragraphs, g, monospace)
    expect(pages.length).toBeGreaterThan(5)
    expectWellFormed(pages, g)
    expect(reassemble(pages)).toEqual(paragraphs)
  })

  it('spreads a paragraph longer than a page over several pages, one fragment per page', () => {
    const long = words(400)
    const g = geometry()
    const pages = paginate(['Intro.', long, 'Outro.'], g, monospace)
    expectWellFormed(pages, g)
    const pieces = pages.flatMap((page) => page.fragments).filter((f) => f.paragraph === 1)
    expect(pieces.length).toBeGreaterThan(5)
    expect(pieces[0]?.continued).toBe(false)
    expect(pieces.at(-1)?.continues).toBe(false)
    expect(pieces.slice(1).every((f) => f.continued)).toBe(true)
    // No fragment is taller than a page: no text texture can outgrow the GPU limit.
    for (const f of pieces) expect(f.lines.length * g.lineHeight).toBeLessThanOrEqual(g.pageHeight)
    expect(reassemble(pages)).toEqual(['Intro.', long, 'Outro.'])
  })

  it('handles a word longer than a line and a page-long unbroken string', () => {
    const g = geometry()
    const pages = paginate([`Link: ${'x'.repeat(30 * 12)}`], g, monospace)
    expectWellFormed(pages, g)
    expect(pages.length).toBeGreaterThanOrEqual(3)
  })

  it('never leaves the first line of a paragraph alone at the foot of a page', () => {
    // Page 1 holds 4 lines: 3 for paragraph 0, then a gap leaves room for exactly 0 more; page 2 holds 5:
    // paragraph 1 (4 lines) then paragraph 2 (3 lines) would start with one line at the foot.
    const g = geometry({ paragraphGap: 0 })
    const pages = paginate([words(20), words(30), words(20)], g, monospace)
    for (const page of pages) {
      const last = defined(page.fragments.at(-1), 'the last fragment')
      if (last.continues) expect(last.lines.length).toBeGreaterThan(1)
    }
    expectWellFormed(pages, g)
  })

  it('never carries a single last line of a paragraph over to the next page', () => {
    // 5 lines on a page; a 6-line paragraph would leave one line over: two go over instead.
    const g = geometry({ firstPageHeight: 50, paragraphGap: 0 })
    const sixLines = words(36) // 36 words of 4 chars + space = 6 lines of 30 chars
    const pages = paginate([sixLines], g, monospace)
    expect(pages.map((page) => page.fragments[0]?.lines.length)).toEqual([4, 2])
  })

  it('lays out Chinese and Arabic paragraphs, marking the Arabic one right-to-left', () => {
    const chinese = '港口的起重机重新开始工作，居民们说这是四十年来第一次。'.repeat(8)
    const arabic = 'عادت الرافعات إلى الميناء القديم بعد أربعين عاما من الصمت. '.repeat(6)
    const g = geometry()
    const pages = paginate([chinese, arabic], g, monospace)
    expectWellFormed(pages, g)
    const fragments = pages.flatMap((page) => page.fragments)
    expect(fragments.filter((f) => f.paragraph === 0).every((f) => !f.rtl)).toBe(true)
    expect(fragments.filter((f) => f.paragraph === 1).every((f) => f.rtl)).toBe(true)
    expect(reassemble(pages).map((p) => p.replace(/ /g, ''))).toEqual(
      [chinese, arabic].map((p) => cleanWhitespace(p).replace(/ /g, '')),
    )
  })

  it('skips empty paragraphs and returns no pages for no text', () => {
    expect(paginate([], geometry(), monospace)).toEqual([])
    expect(paginate(['', '   '], geometry(), monospace)).toEqual([])
    const pages = paginate(['', 'Text', ''], geometry(), monospace)
    expect(pages[0]?.fragments.map((f) => f.paragraph)).toEqual([1])
  })

  it('always makes progress, even if a page is shorter than a line', () => {
    const pages = paginate([words(20)], geometry({ firstPageHeight: 4, pageHeight: 4 }), monospace)
    expect(pages.length).toBe(4)
  })
})

describe('re-pagination at another text size', () => {
  const paragraphs = Array.from({ length: 15 }, (_, i) => words(30 + (i % 4) * 10, `p${i}x`))
  const small = geometry()
  // "Large text": 20 characters a line, 14 px lines.
  const large = geometry({ width: 20 * CHAR, lineHeight: 14, paragraphGap: 7 })

  it('puts the reader on the page that holds the first character they were reading', () => {
    const before = paginate(paragraphs, small, monospace)
    const after = paginate(paragraphs, large, monospace)
    expect(after.length).toBeGreaterThan(before.length)
    before.forEach((page, index) => {
      const target = defined(after[pageOf(after, page.anchor)], 'the target page')
      const { paragraph, offset } = page.anchor
      const holds = target.fragments.some(
        (f) =>
          f.paragraph === paragraph &&
          defined(f.lines[0]).start <= offset &&
          offset < defined(f.lines.at(-1)).end + 1 &&
          index >= 0,
      )
      expect(holds).toBe(true)
    })
  })

  it('finds the same paragraph again when going back to the smaller size', () => {
    const large1 = paginate(paragraphs, large, monospace)
    const small1 = paginate(paragraphs, small, monospace)
    const page = defined(large1[7], 'page 8')
    const back = defined(small1[pageOf(small1, page.anchor)], 'the page back')
    expect(back.fragments.map((f) => f.paragraph)).toContain(page.anchor.paragraph)
  })

  it('falls back to the first page for an anchor before everything', () => {
    const pages = paginate(paragraphs, small, monospace)
    expect(pageOf(pages, { paragraph: 0, offset: 0 })).toBe(0)
    expect(pageOf(pages, { paragraph: 99, offset: 0 })).toBe(pages.length - 1)
  })
})

describe('reading time', () => {
  it('counts words, and Chinese characters at about two a word', () => {
    expect(countWords('The harbour cranes are back.')).toBe(5)
    expect(countWords('港口的起重机')).toBe(3)
    expect(countWords('عادت الرافعات إلى الميناء')).toBe(4)
    expect(countWords('  ')).toBe(0)
  })

  it('estimates the minutes left from a page to the end', () => {
    const pages = paginate(
      Array.from({ length: 40 }, () => words(50)),
      geometry({ width: 80 * CHAR, pageHeight: 200, firstPageHeight: 200 }),
      monospace,
    )
    const total = pages.reduce((sum, page) => sum + page.words, 0)
    expect(total).toBe(2000)
    expect(minutesLeft(pages, 0)).toBe(10)
    expect(minutesLeft(pages, pages.length - 1)).toBe(1)
    expect(minutesLeft(pages, 0)).toBeGreaterThan(minutesLeft(pages, Math.floor(pages.length / 2)))
    expect(minutesLeft([], 0)).toBe(0)
  })
})
