import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Story, StoryHeadline } from '../../../src/data/model'
import type { TextSize } from '../../../src/data/textSize'
import { type ReaderContent, StoryReader } from '../../../src/pages/story/StoryReader'
import { child } from '../../../src/ui/child'
import type { MeasureFactory } from '../../../src/ui/text/measure'
import { story as storyTheme } from '../../../src/ui/theme'
import { makeStory, NOW } from '../harness/fakeNews'
import { type Mounted, mount } from '../harness/mount'

/** Half an em per character: predictable pagination without a real font. */
const halfEm: MeasureFactory = (style) => (text) => [...text].length * style.fontSize * 0.5

const paragraph = (i: number) =>
  `Paragraph ${i} begins here. ` +
  Array.from({ length: 40 }, (_, w) => `word${i}x${w}`).join(' ') +
  ` and paragraph ${i} ends here.`

const longStory = makeStory('top', 0, {
  title: 'A long story about the harbour',
  body: Array.from({ length: 14 }, (_, i) => paragraph(i)),
  url: 'https://news.example.org/top/a-long-story',
})

function content(story: Story, extra: Partial<ReaderContent> = {}): ReaderContent {
  return {
    story,
    sectionTitle: 'Top Stories',
    next: makeStory('top', 1),
    related: [makeStory('top', 1), makeStory('top', 2)],
    sectionTitleOf: () => 'Top Stories',
    now: NOW,
    ...extra,
  }
}

describe('StoryReader', () => {
  let view: Mounted<StoryReader>
  const chosen: TextSize[] = []
  const opened: StoryHeadline[] = []
  afterEach(() => {
    view.destroy()
    chosen.length = 0
    opened.length = 0
  })

  function show(story: Story, extra: Partial<ReaderContent> = {}) {
    view = mount(StoryReader)
    const reader = view.subject
    reader.measureFactory = halfEm
    reader.onTextSize = (size) => chosen.push(size)
    reader.onOpen = (s) => opened.push(s)
    reader.show(content(story, extra))
    view.frame()
    return reader
  }

  const label = (id: 'PageLabel' | 'Next') => String(child(view.subject, id).text?.text)

  it('opens on page 1 with focus on the text and a page indicator with minutes left', () => {
    const reader = show(longStory)
    expect(view.focusedTestId()).toBe('story')
    expect(reader.pageCount).toBeGreaterThan(3)
    expect(label('PageLabel')).toMatch(new RegExp(`^Page 1 of ${reader.pageCount} · \\d+ min left$`))
    expect(label('Next')).toBe(`Next: ${makeStory('top', 1).title}`)
    expect(reader.pageTexts[0]).toContain('Paragraph 0 begins here.')
  })

  it('turns pages with Down/Up, PageDown/PageUp and Channel ±, and stops at the first page', () => {
    const reader = show(longStory)
    view.press('Down')
    expect(reader.currentPage).toBe(1)
    view.press('PageDown')
    expect(reader.currentPage).toBe(2)
    reader._handleChannelUp()
    expect(reader.currentPage).toBe(3)
    reader._handleChannelDown()
    view.press('PageUp')
    view.press('Up')
    expect(reader.currentPage).toBe(0)
    expect(label('PageLabel')).toMatch(/^Page 1 of/)
    view.press('PageUp')
    expect(reader.currentPage).toBe(0)
    expect(view.focusedTestId()).toBe('story')
  })

  it('draws one text node per paragraph fragment, none taller than the page', () => {
    const reader = show(longStory)
    for (let page = 0; page < reader.pageCount; page++) {
      const body = child(reader, 'Body')
      for (const node of body.children) {
        const lines = String(node.text?.text).split('\n').length
        expect(node.text?.wordWrap).toBe(false)
        expect(node.y + lines * Number(node.text?.lineHeight)).toBeLessThanOrEqual(
          storyTheme.bodyBottom - storyTheme.top,
        )
      }
      view.press('Down')
    }
  })

  it('reaches the text size with Up from the first page, changes it with Left/Right and keeps the paragraph', () => {
    const reader = show(longStory)
    view.press('Down', 3)
    const firstWords = reader.pageTexts[0]?.split(/\s+/).slice(0, 3).join(' ')
    const pagesAtM = reader.pageCount
    view.press('Menu')
    expect(view.focusedTestId()).toBe('story-text-size')
    view.press('Right')
    expect(chosen).toEqual(['L'])
    expect(reader.textSize).toBe('L')
    expect(reader.pageCount).toBeGreaterThan(pagesAtM)
    expect(reader.pageTexts.join(' ').replace(/\s+/g, ' ')).toContain(firstWords)
    view.press('Right')
    expect(chosen).toEqual(['L'])
    view.press('Left', 2)
    expect(chosen).toEqual(['L', 'M', 'S'])
    expect(reader.pageCount).toBeLessThan(pagesAtM)
    expect(reader.pageTexts.join(' ').replace(/\s+/g, ' ')).toContain(firstWords)
    view.press('Down')
    expect(view.focusedTestId()).toBe('story')

    // From the first page, Up goes to the control; Back returns to the text.
    view.press('PageUp', reader.pageCount)
    view.press('Up')
    expect(view.focusedTestId()).toBe('story-text-size')
    view.press('Back')
    expect(view.focusedTestId()).toBe('story')
  })

  it('goes to Up next past the last page, opens a related story, and Up returns to the text', () => {
    const reader = show(longStory)
    view.press('Down', reader.pageCount - 1)
    expect(label('PageLabel')).toMatch(new RegExp(`^Page ${reader.pageCount} of ${reader.pageCount}`))
    view.press('Down')
    expect(view.focusedTestId()).toBe('related-0')
    expect(label('PageLabel')).toMatch(/Up next$/)
    view.press('Down')
    expect(view.focusedTestId()).toBe('related-1')
    view.press('Down')
    expect(view.focusedTestId()).toBe('related-1')
    view.press('Enter')
    expect(opened.map((s) => s.id)).toEqual(['top-2'])
    view.press('Up', 2)
    expect(view.focusedTestId()).toBe('story')
    expect(reader.currentPage).toBe(reader.pageCount - 1)
  })

  it('stays on the last page when there is nothing related', () => {
    const reader = show(longStory, { related: [] })
    view.press('Down', reader.pageCount + 2)
    expect(view.focusedTestId()).toBe('story')
    expect(reader.currentPage).toBe(reader.pageCount - 1)
  })

  it('shows a story without body as its summary, "Page 1 of 1", and where to read the rest', () => {
    const reader = show(makeStory('top', 3, { body: [], url: 'https://news.example.org/x' }))
    expect(reader.pageTexts.join(' ')).toContain('Summary of story 3.')
    expect(label('PageLabel')).toBe('Page 1 of 1 · 1 min left')
    const notice = child(reader, 'Notice')
    expect(notice.visible).toBe(true)
    expect(String(notice.text?.text)).toContain('scan the code')
  })

  it('offers the QR code only for http(s) story URLs', () => {
    let reader = show(longStory)
    const qr = child(child(reader, 'Rail'), 'Qr')
    expect(qr.visible).toBe(true)
    expect(child(qr, 'Modules').children.length).toBeGreaterThan(50)
    view.destroy()
    reader = show(makeStory('top', 4, { body: [], url: 'javascript:alert(1)' }))
    expect(child(child(reader, 'Rail'), 'Qr').visible).toBe(false)
    expect(String(child(reader, 'Notice').text?.text)).toContain('only a summary')
  })

  it('shows the branded backdrop when the story has no image', () => {
    const reader = show(makeStory('top', 5, { image: undefined }))
    expect(child(child(reader, 'Rail'), 'Backdrop').visible).toBe(true)
    expect(child(child(reader, 'Rail'), 'Image').visible).toBe(false)
    view.destroy()
    const withImage = show(makeStory('top', 6))
    expect(child(child(withImage, 'Rail'), 'Backdrop').visible).toBe(false)
  })

  it('shows the new story from its first page, with nothing left of the previous one', () => {
    const reader = show(longStory)
    view.press('Down', 2)
    const spy = vi.fn()
    reader.onTextSize = spy
    reader.show(content(makeStory('top', 7, { body: ['Only this.'] })))
    view.frame()
    expect(reader.currentPage).toBe(0)
    expect(reader.pageTexts).toEqual(['Only this.'])
    expect(spy).not.toHaveBeenCalled()
  })
})
