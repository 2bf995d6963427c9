import type { NewsStore } from './data/newsStore'
import type { LightwireSettings } from './data/settings'
import type { TextSizePreference } from './data/textSize'
import type { HomeFocus } from './pages/home/homeFocus'

/**
 * What the app's pages and routes need from the outside world, created once in main.ts and handed down
 * explicitly (no module-level singletons), so tests can mount any part with their own.
 * Features add their services here (the news store, preferences, the platform…).
 */
export interface Services {
  settings: LightwireSettings
  /** Every section's stories, cached and refreshed (src/data/createNewsStore.ts). */
  news: NewsStore
  /** Home's row memory, and where other pages ask Home to put focus on return (docs/home.md). */
  homeFocus: HomeFocus
  /** The reader's text size (S/M/L), persisted; shared with the Settings screen (src/data/textSize.ts). */
  textSize: TextSizePreference
}
