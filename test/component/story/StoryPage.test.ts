import { afterEach, describe, expect, it, vi } from 'vitest'
import type { NewsSnapshot } from '../../../src/data/newsStore'
import { createPreferencesService } from '../../../src/data/preferencesService'
import { createReadingHistoryService } from '../../../src/data/readingHistoryService'
import { memoryStore } from '../../../src/data/storage'
import type { ListenState, ReadAloudHandle } from '../../../src/pages/story/listen'
import { StoryPage, type StoryServices } from '../../../src/pages/story/StoryPage'
import type { MeasureFactory } from '../../../src/ui/text/measure'
import { FakeNewsStore, makeSection, makeStory, snapshotOf } from '../harness/fakeNews'
import { type Mounted, mount } from '../harness/mount'

const halfEm: MeasureFactory = (style) => (text) => [...text].length * style.fontSize * 0.5

/** A store whose feeds settle when the test says so. */
class SlowStore extends FakeNewsStore {
  private release: () => void = () => undefined
  private readonly gate = new Promise<void>((resolve) => {
    this.release = resolve
  })
  override settled(): Promise<void> {
    return this.gate
  }
  settle(snapshot: NewsSnapshot): void {
    this.emit(snapshot)
    this.release()
  }
}

const ready = () => snapshotOf([makeSection('top', 4), makeSection('world', 3)])

/** A read-aloud handle that records calls; the test plays the speech chunk's part through `events`. */
function fakeReadAloud() {
  const calls: string[] = []
  let state: ListenState = 'idle'
  const fake: {
    events: { onPage(index: number): void; onState(state: ListenState): void } | undefined
    handle: ReadAloudHandle
    calls: string[]
    started: { pages: number; from: number } | undefined
  } = {
    events: undefined,
    calls,
    started: undefined,
    handle: {
      get state() {
        return state
      },
      start(pages, from) {
        calls.push('start')
        fake.started = { pages: pages.length, from }
        state = 'reading'
      },
      toggle: () => void calls.push('toggle'),
      stop: () => void calls.push('stop'),
    },
  }
  return fake
}

let readAloud = fakeReadAloud()

describe('StoryPage', () => {
  let view: Mounted<StoryPage>
  afterEach(() => {
    view.destroy()
    vi.restoreAllMocks()
  })

  function open(store: FakeNewsStore, id: string) {
    view = mount(StoryPage)
    const focusStory = vi.fn()
    const storage = new Map<string, unknown>()
    // The real preferences service over an in-memory store, adapted as routes.ts does.
    const preferences = createPreferencesService(
      {
        get: (key) => storage.get(key),
        set: (key, value) => {
          storage.set(key, value)
          return true
        },
      },
      ['top', 'world'],
      vi.fn(),
    )
    const services: StoryServices = {
      news: store,
      textSize: {
        get: () => preferences.get().textSize,
        set: (size) => void preferences.setTextSize(size),
      },
      homeFocus: { focusStory },
      scripts: { arabicReady: true, ensureArabic: () => Promise.resolve() },
      warn: vi.fn(),
      history: createReadingHistoryService(memoryStore(), () => 0, vi.fn()),
      listen: (events) => {
        readAloud.events = events
        return Promise.resolve(readAloud.handle)
      },
    }
    view.subject.services = services
    view.subject.reader.measureFactory = halfEm
    view.subject.open(id)
    view.frame()
    return { focusStory, storage }
  }

  it('shows a story the store already has, and tells Home which tile to land on', () => {
    const { focusStory } = open(new FakeNewsStore(ready()), 'top-1')
    expect(view.subject.shown).toBe('reading')
    expect(view.focusedTestId()).toBe('story')
    expect(view.subject.reader.story?.id).toBe('top-1')
    expect(focusStory).toHaveBeenCalledWith('top-1')
  })

  it('waits for the feeds on a cold deep link, showing progress, then shows the story', async () => {
    const store = new SlowStore(snapshotOf([makeSection('top', 0, 'loading')]))
    open(store, 'world-2')
    expect(view.subject.shown).toBe('loading')
    expect(view.focusedTestId()).toBe('story-loading')
    store.settle(ready())
    await vi.waitFor(() => expect(view.subject.shown).toBe('reading'))
    view.frame()
    expect(view.subject.reader.story?.id).toBe('world-2')
  })

  it('shows a friendly not-found for an id no feed has', async () => {
    open(new FakeNewsStore(ready()), 'top-99')
    await vi.waitFor(() => expect(view.subject.shown).toBe('missing'))
    view.frame()
    expect(view.focusedTestId()).toBe('not-found-home')
  })

  it('never shows an earlier story that arrives after the viewer moved on', async () => {
    const store = new SlowStore(snapshotOf([makeSection('top', 2)]))
    open(store, 'world-1')
    // The viewer moves to a story that is already there before world-1's feed has settled.
    view.subject.open('top-0')
    view.frame()
    expect(view.subject.reader.story?.id).toBe('top-0')
    store.settle(ready())
    await Promise.resolve()
    await Promise.resolve()
    view.frame()
    expect(view.subject.reader.story?.id).toBe('top-0')
    expect(view.subject.shown).toBe('reading')
  })

  it('hides the previous story while the next one is looked up', () => {
    const store = new SlowStore(ready())
    open(store, 'top-0')
    view.subject.open('later-0')
    view.frame()
    expect(view.subject.shown).toBe('loading')
    expect(view.subject.reader.visible).toBe(false)
  })

  it('opens the previous and next story of the section with Left/Right, without a history entry', () => {
    open(new FakeNewsStore(ready()), 'top-1')
    view.press('Right')
    expect(view.navigations.at(-1)).toEqual({ hash: 'story/top-2', args: {}, store: false })
    view.press('Left')
    expect(view.navigations.at(-1)).toEqual({ hash: 'story/top-0', args: {}, store: false })
    view.navigations.length = 0
    view.subject.open('top-3')
    view.frame()
    view.press('Right')
    expect(view.navigations).toEqual([])
  })

  it('reads and saves the text size through the preference', () => {
    const { storage } = open(new FakeNewsStore(ready()), 'top-1')
    expect(view.subject.reader.textSize).toBe('M')
    view.press('Menu')
    view.press('Right')
    expect(storage.get('preferences')).toMatchObject({ textSize: 'L' })
    view.subject.open('top-2')
    view.frame()
    expect(view.subject.reader.textSize).toBe('L')
  })

  it('read aloud: Play/Pause reads from the page on screen, turns pages as it reads, and another story stops it', async () => {
    readAloud = fakeReadAloud()
    const long = makeStory('top', 1, {
      body: Array.from(
        { length: 24 },
        (_, i) => `Paragraph ${i} of a story long enough to need several pages.`,
      ),
    })
    const top = makeSection('top', 3)
    open(
      new FakeNewsStore(snapshotOf([{ ...top, stories: [makeStory('top', 0), long, makeStory('top', 2)] }])),
      'top-1',
    )
    const reader = view.subject.reader
    expect(reader.pageCount).toBeGreaterThan(2)
    view.press('Down')
    expect(reader.currentPage).toBe(1)
    view.press('PlayPause')
    await vi.waitFor(() => expect(readAloud.calls).toEqual(['start']))
    expect(readAloud.started).toEqual({ pages: reader.pageCount, from: 1 })
    // The speech reached the end of page 2: the reader shows page 3, focus stays on the text.
    readAloud.events?.onPage(2)
    view.frame()
    expect(reader.currentPage).toBe(2)
    expect(view.focusedTestId()).toBe('story')
    view.press('PlayPause')
    await vi.waitFor(() => expect(readAloud.calls).toEqual(['start', 'toggle']))
    view.subject.open('top-2')
    expect(readAloud.calls.at(-1)).toBe('stop')
  })

  it('read aloud: the on-screen control is reached with Up from the text size control, OK starts it', async () => {
    readAloud = fakeReadAloud()
    open(new FakeNewsStore(ready()), 'top-1')
    view.press('Up')
    expect(view.focusedTestId()).toBe('story-text-size')
    view.press('Up')
    expect(view.focusedTestId()).toBe('story-listen')
    view.press('Enter')
    await vi.waitFor(() => expect(readAloud.calls).toEqual(['start']))
    readAloud.events?.onState('reading')
    view.press('Down')
    expect(view.focusedTestId()).toBe('story-text-size')
  })
})
