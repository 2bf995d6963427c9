import type { PreferenceStorage, PreferencesService } from '../../data/preferencesService'
import type { SectionSettings } from '../../data/settings'
import { describeQuality } from '../../platform/quality'
import { log } from '../../platform/sdk'
import type { GuidanceGate } from '../../platform/speech/guidanceGate'
import type { Services } from '../../services'
import type { AboutInfo } from './aboutText'

/**
 * What the Settings page needs, built from Services in one place (routes.ts calls this), so the page does not
 * depend on how the rest of the app is wired.
 */
export interface SettingsContext {
  preferences: PreferencesService
  /** Voice guidance on/off and speech rate (their own stored record), and where they are saved. */
  guidance: GuidanceGate
  storage: PreferenceStorage
  warn(message: string): void
  /** The configured sections (titles for the list; order and visibility come from preferences). */
  sections: readonly SectionSettings[]
  /** Read each time Settings opens: the last update moves on. */
  about(): AboutInfo
  /** Clears stored feed copies and anything else cached, keeps the viewer's choices; returns what to tell them. */
  resetCachedData(): string
  /** Forgets every story read (read marks, Continue reading); returns what to tell the viewer. */
  clearReadingHistory(): string
}

export function settingsContext(services: Services): SettingsContext {
  const { settings, preferences, storage, platform, quality, news, history, guidance } = services
  return {
    preferences,
    guidance,
    storage,
    warn: (message) => log.warn(message),
    sections: settings.appSettings.sections,
    about: () => ({
      version: settings.appSettings.version,
      platformName: platform.name,
      quality: describeQuality(quality),
      updatedAt: news.snapshot().updatedAt,
      sources: settings.appSettings.sections,
    }),
    resetCachedData() {
      // Everything in the app's Storage namespace is a copy of something fetchable, except the preferences
      // and the reading history, which are written straight back.
      const read = history.get()
      storage.clear()
      const choicesSaved = preferences.persist()
      const saved = history.restore(read) && choicesSaved
      return saved
        ? 'Cleared. Stories will be fetched fresh.'
        : 'Cleared, but your choices could not be saved again on this device.'
    },
    clearReadingHistory() {
      return history.clear()
        ? 'Reading history cleared.'
        : 'Cleared for now, but this device would not save the change.'
    },
  }
}
