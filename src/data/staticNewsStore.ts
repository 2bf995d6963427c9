/**
 * A NewsStore over fixed sections, with no network, storage or timers: for component tests and previews of
 * the screens (Home, Story…), which should not need a feed server to show a row. `update()` plays what the
 * real store does when feeds arrive, fail or refresh.
 */
import type { Section } from './model'
import type { NewsSnapshot, NewsStore, SectionState, SectionStatus } from './newsStore'

export interface StaticNewsStore extends NewsStore {
  /** Replaces the sections (status derived as the real store does unless given) and notifies listeners. */
  update(sections: readonly (Section & { status?: SectionStatus; refreshing?: boolean })[]): void
  /** Section ids passed to refresh() (undefined = all), for asserting Retry. */
  readonly refreshed: (string | undefined)[]
}

function toState(section: Section & { status?: SectionStatus; refreshing?: boolean }): SectionState {
  const status: SectionStatus =
    section.status ??
    (section.stories.length > 0
      ? 'ready'
      : section.error
        ? 'error'
        : section.fetchedAt > 0
          ? 'empty'
          : 'loading')
  return { ...section, status, refreshing: section.refreshing ?? false }
}

export function createStaticNewsStore(
  sections: readonly (Section & { status?: SectionStatus; refreshing?: boolean })[],
): StaticNewsStore {
  const listeners = new Set<(snapshot: NewsSnapshot) => void>()
  const refreshed: (string | undefined)[] = []
  const make = (list: typeof sections): NewsSnapshot => {
    const states = list.map(toState)
    return { sections: states, updatedAt: Math.max(0, ...states.map((section) => section.fetchedAt)) }
  }
  let current = make(sections)
  return {
    refreshed,
    snapshot: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start: () => undefined,
    refresh(sectionId) {
      refreshed.push(sectionId)
      return Promise.resolve()
    },
    findStory(id) {
      for (const section of current.sections) {
        const index = section.stories.findIndex((story) => story.id === id)
        if (index >= 0) return { story: section.stories[index]!, section, index }
      }
      return undefined
    },
    settled: () => Promise.resolve(),
    dispose: () => listeners.clear(),
    update(next) {
      current = make(next)
      for (const listener of [...listeners]) listener(current)
    },
  }
}
