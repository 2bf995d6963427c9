import type { BreakingService } from './data/breakingService'
import type { NewStoriesService } from './data/newStoriesService'
import type { NewsStore } from './data/newsStore'
import type { PreferencesService } from './data/preferencesService'
import type { ReadingHistoryService } from './data/readingHistoryService'
import type { LightwireSettings } from './data/settings'
import type { Locale } from './i18n/locale'
import type { HomeFocus } from './pages/home/homeFocus'
import type { ImageFailures } from './platform/imageFailures'
import type { LanguageMemory } from './platform/languageMemory'
import type { Platform } from './platform/platform'
import type { Quality } from './platform/quality'
import type { ScriptFonts } from './platform/scriptFonts'
import type { KeyValueStore } from './platform/sdk'
import type { GuidanceGate } from './platform/speech/guidanceGate'

/**
 * What the app's pages and routes need from the outside world, created once in main.ts and handed down
 * explicitly (no module-level singletons), so tests can mount any part with their own.
 * Features add their services here (the news store, preferences, the platform…).
 */
export interface Services {
  settings: LightwireSettings
  /** Every section's stories, cached and refreshed (src/data/createNewsStore.ts). */
  news: NewsStore
  /** The device: key map, exit (src/platform/platform.ts). */
  platform: Platform
  /** The viewer's text size and section order/visibility, observable and persisted. */
  preferences: PreferencesService
  /** The app's Storage namespace (Settings → "Reset cached data" clears it). */
  storage: KeyValueStore
  /** Drawing quality: the level in use and its changes (auto steps down on a slow device). */
  quality: Quality
  /** Image URLs that failed this session, not requested again until a refresh or the network returns. */
  imageFailures: ImageFailures
  /** Voice guidance and its choices (rate, captions); the speech itself loads on first use. */
  guidance: GuidanceGate
  /** Home's row memory, and where other pages ask Home to put focus on return (docs/home.md). */
  homeFocus: HomeFocus
  /** Stories read, and where the viewer left the ones read part-way (Home's "Continue reading"). */
  history: ReadingHistoryService
  /** Stories that came in with refreshes and the viewer has not seen ("3 new stories", the tiles' "New"). */
  newStories: NewStoriesService
  /** Breaking stories for the banner, each once. */
  breaking: BreakingService
  /** The UI language: catalogue, direction, formatters (src/i18n). Components read it with ui/localeOf.ts. */
  locale: Locale
  /** Settings' language choice, kept for the next start (read before Launch, in main.ts). */
  languageMemory: LanguageMemory
  /** Fonts for scripts Inter lacks (Arabic), loaded when such text is first shown. */
  scripts: ScriptFonts
}
