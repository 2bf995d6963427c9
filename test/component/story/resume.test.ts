import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createReadingHistoryService,
  type ReadingHistoryService,
} from '../../../src/data/readingHistoryService'
import { memoryStore } from '../../../src/data/storage'
import { StoryPage } from '../../../src/pages/story/StoryPage'
import type { MeasureFactory } from '../../../src/ui/text/measure'
import { FakeNewsStore, makeSection, makeStory, snapshotOf } from '../harness/fakeNews'
import { type Mounted, mount } from '../harness/mount'

const halfEm: MeasureFactory = (style) => (text) => [...text].length * style.fontSize * 0.5

/** A story of many pages, and a short one. */
const long = makeStory('top', 0, {
  body: Array.from(
    { length: 30 },
    (_, i) => `Paragraph ${i}: ${'the harbour board met again today '.repeat(8)}`,
  ),
})
const store = () =>
  new FakeNewsStore(snapshotOf([{ ...makeSection('top', 2), stories: [long, makeStory('top', 1)] }]))

describe('the reader remembers where the viewer left a story', () => {
  let view: Mounted<StoryPage> | undefined
  afterEach(() => view?.destroy())

  function open(history: ReadingHistoryService, id: string): Mounted<StoryPage> {
    view?.destroy()
    const mounted = mount(StoryPage)
    view = mounted
    mounted.subject.services = {
      news: store(),
      textSize: { get: () => 'M', set: vi.fn() },
      homeFocus: { focusStory: vi.fn() },
      warn: vi.fn(),
      history,
      // Read aloud is not used here: a chunk that never loads.
      listen: () => new Promise(() => {}),
      scripts: { arabicReady: true, ensureArabic: () => Promise.resolve() },
    }
    mounted.subject.reader.measureFactory = halfEm
    mounted.subject.open(id)
    mounted.frame()
    return mounted
  }

  it('records opening and each page turn, and reopens a story left part-way on that page', () => {
    const history = createReadingHistoryService(memoryStore(), () => 1, vi.fn())
    const first = open(history, long.id)
    const pages = first.subject.reader.pageCount
    expect(pages).toBeGreaterThan(4)
    expect(history.isRead(long.id)).toBe(true)
    first.press('Down')
    first.press('Down')
    expect(first.subject.reader.currentPage).toBe(2)
    expect(history.entryFor(long.id)).toMatchObject({ page: 2, pages })
    const text = first.subject.reader.pageTexts.join(' ')

    const again = open(history, long.id)
    expect(again.subject.reader.currentPage).toBe(2)
    expect(again.subject.reader.pageTexts.join(' ')).toBe(text)
  })

  it('opens a finished story, or one never turned past page 1, from the start', () => {
    const history = createReadingHistoryService(memoryStore(), () => 1, vi.fn())
    const first = open(history, long.id)
    const pages = first.subject.reader.pageCount
    for (let i = 0; i < pages; i++) first.press('Down')
    expect(history.entryFor(long.id)?.page).toBe(pages - 1)
    expect(open(history, long.id).subject.reader.currentPage).toBe(0)
    expect(history.partWay()).toEqual([])
  })
})
