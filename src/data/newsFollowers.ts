/**
 * The services that follow the news store as it changes (issue 16): what is new to the viewer, and breaking
 * stories for the banner. Made and subscribed in one place so main.ts stays a list of parts.
 */
import { DEFAULT_BREAKING } from './breaking'
import { type BreakingService, createBreakingService } from './breakingService'
import { createNewStoriesService, type NewStoriesService } from './newStoriesService'
import type { NewsStore } from './newsStore'
import type { Preferences } from './preferences'
import type { AppSettings } from './settings'
import type { KeyValueStore } from './storage'

export function followNews(deps: {
  news: Pick<NewsStore, 'subscribe'>
  appSettings: Pick<AppSettings, 'sections' | 'breaking'>
  storage: KeyValueStore
  preferences: { get(): Pick<Preferences, 'breakingBanners'> }
  clock: () => number
  warn: (message: string) => void
}): { newStories: NewStoriesService; breaking: BreakingService } {
  const newStories = createNewStoriesService(deps.storage, deps.warn)
  const breaking = createBreakingService({
    storage: deps.storage,
    settings: deps.appSettings.breaking ?? DEFAULT_BREAKING,
    breakingSections: new Set(
      deps.appSettings.sections.filter((section) => section.breaking).map((section) => section.id),
    ),
    clock: deps.clock,
    enabled: () => deps.preferences.get().breakingBanners,
    warn: deps.warn,
  })
  deps.news.subscribe((snapshot) => {
    newStories.observe(snapshot)
    breaking.observe(snapshot)
  })
  return { newStories, breaking }
}
