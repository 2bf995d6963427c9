/**
 * Breaking news as a service: follows the news store and, when a breaking story qualifies (breaking.ts) and
 * the viewer has not turned banners off, hands it to the listener (the App's banner) once, ever: the story is
 * written to Storage as shown the moment it is handed over.
 */
import { parseBreakingShown, pickBreaking, withShown } from './breaking'
import type { BreakingSettings } from './breakingSettings'
import type { HeadlineList } from './headlines'
import type { StoryHeadline } from './model'
import { type KeyValueStore, readStored } from './storage'

export const BREAKING_SHOWN_KEY = 'breakingShown'

export interface BreakingService {
  readonly settings: BreakingSettings
  /** Takes in the store's sections (main.ts subscribes it to the news store). */
  observe(snapshot: { sections: readonly { id: string; stories: HeadlineList }[] }): void
  /** The banner's listener: one story at a time, each only once. */
  subscribe(listener: (story: StoryHeadline) => void): () => void
}

export interface BreakingDeps {
  storage: KeyValueStore
  settings: BreakingSettings
  breakingSections: ReadonlySet<string>
  clock: () => number
  /** The viewer's choice in Settings, read each time a story qualifies. */
  enabled: () => boolean
  warn: (message: string) => void
}

export function createBreakingService(deps: BreakingDeps): BreakingService {
  const listeners = new Set<(story: StoryHeadline) => void>()
  let shown: string[] | undefined
  const loadShown = (): string[] => {
    shown ??= readStored(
      deps.storage,
      BREAKING_SHOWN_KEY,
      'breaking news: stored list',
      (raw) => {
        const parsed = parseBreakingShown(raw)
        return { value: parsed.shown, problem: parsed.problem }
      },
      deps.warn,
    )
    return shown
  }
  return {
    settings: deps.settings,
    observe(snapshot) {
      // Nothing to do for a channel with no breaking section, or with no one listening (before the App is up).
      if (deps.breakingSections.size === 0 || listeners.size === 0 || !deps.enabled()) return
      const story = pickBreaking({
        sections: snapshot.sections,
        breakingSections: deps.breakingSections,
        now: deps.clock(),
        maxAgeMinutes: deps.settings.maxAgeMinutes,
        shown: loadShown(),
      })
      if (!story) return
      shown = withShown(loadShown(), story.id)
      if (!deps.storage.set(BREAKING_SHOWN_KEY, { version: 1, shown })) {
        deps.warn('breaking news: Storage would not take the shown list (it may show again after a restart)')
      }
      for (const listener of [...listeners]) listener(story)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
