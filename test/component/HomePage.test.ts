import type { Lightning } from '@lightningjs/sdk'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPreferencesService } from '../../src/data/preferencesService'
import { english } from '../../src/i18n/english'
import { errorMessage } from '../../src/pages/home/FullScreenError'
import { HomePage } from '../../src/pages/home/HomePage'
import { createHomeFocus } from '../../src/pages/home/homeFocus'
import { getTestId } from '../../src/ui/automation'
import { child } from '../../src/ui/child'
import type { Tile } from '../../src/ui/Tile'
import { home } from '../../src/ui/theme'
import { defined } from '../defined'
import { FakeNewsStore, makeSection, NOW, snapshotOf } from './harness/fakeNews'
import { type Mounted, mount } from './harness/mount'

function ancestorIds(element: Lightning.Element): string[] {
  const ids: string[] = []
  for (let node: Lightning.Element | null = element; node; node = node.parent) {
    const id = getTestId(node)
    if (id) ids.push(id)
  }
  return ids
}

/** Automation ids inside an element (a skeleton row has none: nothing in it can take focus). */
function testIdsBelow(element: Lightning.Element): string[] {
  return element.children.flatMap((child) =>
    [getTestId(child), ...testIdsBelow(child)].filter((id) => id !== undefined),
  )
}

describe('HomePage', () => {
  let view: Mounted<HomePage>
  afterEach(() => view.destroy())

  function open(store: FakeNewsStore, focusMemory = createHomeFocus()) {
    view = mount(HomePage, { clock: () => NOW, focusMemory })
    view.subject.store = store
    view.frame(2)
    return store
  }

  const ready = () =>
    new FakeNewsStore(
      snapshotOf([makeSection('top', 30), makeSection('world', 30), makeSection('business', 30)]),
    )

  it('focuses the hero first, then moves row to row and tile to tile', () => {
    open(ready())
    expect(view.focusedTestId()).toBe('hero')
    view.press('Down')
    expect(view.focusedTestId()).toBe('tile-top-0')
    view.press('Right', 2)
    expect(view.focusedTestId()).toBe('tile-top-2')
    // Tiles made while scrolling get their story too.
    view.press('Right', 10)
    expect((view.focused() as unknown as Tile).story?.id).toBe('top-12')
    view.press('Left', 10)
    view.press('Down')
    expect(view.focusedTestId()).toBe('tile-world-0')
    view.press('Up', 2)
    expect(view.focusedTestId()).toBe('hero')
  })

  it('remembers each row’s tile: Down then Up lands where you were', () => {
    open(ready())
    view.press('Down')
    view.press('Right', 7)
    view.press('Down')
    view.press('Right', 3)
    view.press('Up')
    expect(view.focusedTestId()).toBe('tile-top-7')
    view.press('Down')
    expect(view.focusedTestId()).toBe('tile-world-3')
  })

  it('keeps only the rows near the viewport alive', () => {
    const sections = Array.from({ length: 20 }, (_, i) => makeSection(`s${i}`, 200))
    open(new FakeNewsStore(snapshotOf(sections)))
    const column = child(view.subject, 'Column')
    view.press('Down', 12)
    expect(view.focusedTestId()).toBe('tile-s11-0')
    const alive = column.renderedKeys()
    expect(alive.length).toBeLessThanOrEqual(5)
    expect(alive).toContain('s11')
    expect(alive).not.toContain('hero')
  })

  it('shows a skeleton while a section loads, skips it, and hides empty sections', () => {
    open(
      new FakeNewsStore(
        snapshotOf([
          makeSection('top', 5),
          makeSection('world', 0, 'loading'),
          makeSection('culture', 0),
          makeSection('tech', 4),
        ]),
      ),
    )
    const column = child(view.subject, 'Column')
    expect(column.renderedKeys()).toEqual(['hero', 'top', 'world'])
    expect(testIdsBelow(defined(column.elementFor('world'), 'the world row'))).toEqual([])
    view.press('Down', 2)
    // Loading rows take no focus.
    expect(view.focusedTestId()).toBe('tile-tech-0')
  })

  it('puts a failed section’s Retry inside its row and asks the store to retry that section', () => {
    const store = open(
      new FakeNewsStore(snapshotOf([makeSection('top', 5), makeSection('world', 0, 'error')])),
    )
    view.press('Down', 2)
    expect(view.focusedTestId()).toBe('retry')
    expect(ancestorIds(view.focused())).toContain('row-world')
    view.press('Enter')
    expect(store.refreshed).toEqual(['world'])
  })

  it('keeps focus on the same story through a background refresh that adds stories above it', () => {
    const store = open(ready())
    view.press('Down', 2)
    view.press('Right', 4)
    expect(view.focusedTestId()).toBe('tile-world-4')
    const world = makeSection('world', 30)
    const fresh = { ...world, stories: [makeSection('fresh', 2).stories, world.stories].flat() }
    store.emit(snapshotOf([makeSection('top', 30), fresh, makeSection('business', 30)]))
    view.frame()
    // Two new stories arrived at the front: the viewer's story is now the sixth.
    expect(view.focusedTestId()).toBe('tile-world-6')
  })

  it('stays on the same position when the focused story disappeared in a refresh', () => {
    const store = open(ready())
    view.press('Down')
    view.press('Right', 3)
    const top = makeSection('top', 30)
    store.emit(snapshotOf([{ ...top, stories: top.stories.filter((story) => story.id !== 'top-3') }]))
    view.frame()
    expect(view.focusedTestId()).toBe('tile-top-3')
  })

  it('shows the full-screen error with Retry only when nothing at all can be shown', () => {
    const store = open(
      new FakeNewsStore(snapshotOf([makeSection('top', 0, 'error'), makeSection('world', 0)])),
    )
    expect(view.focusedTestId()).toBe('retry')
    expect(child(view.subject, 'Error').visible).toBe(true)
    view.press('Enter')
    expect(store.refreshed).toEqual([undefined])
    store.emit(snapshotOf([makeSection('top', 3), makeSection('world', 0)]))
    view.frame()
    expect(child(view.subject, 'Error').visible).toBe(false)
    expect(view.focusedTestId()).toBe('hero')
  })

  it('lands on the story another page asked for when it is shown again', () => {
    const memory = createHomeFocus()
    memory.focusStory('business-12')
    open(ready(), memory)
    expect(view.focusedTestId()).toBe('tile-business-12')
  })

  it('reaches the header’s Settings entry with Up from the top and comes back down', () => {
    open(ready())
    view.press('Up')
    expect(view.focusedTestId()).toBe('header-settings')
    view.press('Down')
    expect(view.focusedTestId()).toBe('hero')
  })

  it('lets the backdrop follow the focused story once focus rests, and not on the hero', () => {
    vi.useFakeTimers()
    try {
      open(ready())
      const backdrop = child(view.subject, 'Backdrop')
      view.press('Down')
      view.press('Right', 3)
      expect(backdrop.url).toBeUndefined()
      vi.advanceTimersByTime(1000)
      expect(backdrop.url).toBe('./static/test/top-3.png')
      view.press('Up')
      vi.advanceTimersByTime(1000)
      expect(backdrop.url).toBeUndefined()
    } finally {
      vi.useRealTimers()
    }
  })

  it('holds the backdrop back while keys keep coming, even keys that move nothing', () => {
    vi.useFakeTimers()
    try {
      open(ready())
      const backdrop = child(view.subject, 'Backdrop')
      const rest = home.followDelay * 1000
      view.press('Down')
      vi.advanceTimersByTime(rest - 50)
      // Left on the row's first tile: focus stays, but the viewer is still browsing.
      view.press('Left')
      expect(view.focusedTestId()).toBe('tile-top-0')
      vi.advanceTimersByTime(rest - 50)
      expect(backdrop.url).toBeUndefined()
      vi.advanceTimersByTime(100)
      expect(backdrop.url).toBe('./static/test/top-0.png')
    } finally {
      vi.useRealTimers()
    }
  })

  it('shows the sections in the viewer’s order and leaves hidden ones out', () => {
    view = mount(HomePage, { clock: () => NOW })
    view.subject.preferences = createPreferencesService(memoryStorage(), ['top', 'world', 'business'])
    view.subject.preferences.moveSection('business', -1)
    view.subject.preferences.toggleSection('top')
    view.subject.store = ready()
    view.frame(2)
    const column = child(view.subject, 'Column')
    expect(column.renderedKeys()).toEqual(['hero', 'business', 'world'])
    view.press('Down')
    expect(view.focusedTestId()).toBe('tile-business-0')
  })

  it('says how fresh the news is', () => {
    open(new FakeNewsStore(snapshotOf([makeSection('top', 3)], NOW - 5 * 60_000)))
    expect(child(view.subject, 'Header').updated).toBe('Updated 5 min ago')
  })
})

describe('errorMessage', () => {
  it('passes one feed’s reason on and sums up several', () => {
    const failed = (title: string) => ({
      title,
      error: { kind: 'network' as const, feed: title },
    })
    expect(errorMessage([failed('World')], english)).toBe(
      'The World feed could not be reached. Check the connection and try again.',
    )
    expect(errorMessage([failed('World'), failed('Top'), { title: 'Empty' }], english)).toMatch(
      /^None of the 2 news feeds/,
    )
    expect(errorMessage([], english)).toMatch(/No news sections are set up/)
  })
})

/** A Storage stand-in for the preferences service. */
function memoryStorage() {
  const values = new Map<string, unknown>()
  return {
    get: (key: string) => values.get(key),
    set: (key: string, value: unknown) => {
      values.set(key, value)
      return true
    },
  }
}
