/**
 * The services that follow the news store as it changes (issue 16): what is new to the viewer, and breaking
 * stories for the banner. Loaded lazily, once the app is up (lazyNewsFollowers.ts): the first frame needs
 * neither.
 */
import { createBreakingService } from './breakingService'
import type { BreakingSettings } from './breakingSettings'
import type { NewsFollowerServices } from './lazyNewsFollowers'
import { createNewStoriesService } from './newStoriesService'
import type { Preferences } from './preferences'
import type { KeyValueStore } from './storage'

export interface NewsFollowerDeps {
  storage: KeyValueStore
  breaking: BreakingSettings
  breakingSections: ReadonlySet<string>
  preferences: { get(): Pick<Preferences, 'breakingBanners'> }
  clock: () => number
  warn: (message: string) => void
}

export function createNewsFollowers(deps: NewsFollowerDeps): NewsFollowerServices {
  return {
    newStories: createNewStoriesService(deps.storage, deps.warn),
    breaking: createBreakingService({
      storage: deps.storage,
      settings: deps.breaking,
      breakingSections: deps.breakingSections,
      clock: deps.clock,
      enabled: () => deps.preferences.get().breakingBanners,
      warn: deps.warn,
    }),
  }
}
