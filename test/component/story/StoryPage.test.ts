import { afterEach, describe, expect, it, vi } from 'vitest'
import type { NewsSnapshot } from '../../../src/data/newsStore'
import { createPreferencesService } from '../../../src/data/preferencesService'
import { StoryPage, type StoryServices } from '../../../src/pages/story/StoryPage'
import type { MeasureFactory } from '../../../src/ui/text/measure'
import { FakeNewsStore, makeSection, snapshotOf } from '../harness/fakeNews'
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
})
