import type { PreferenceStorage, PreferencesService } from '../../data/preferencesService'
import type { SectionSettings } from '../../data/settings'
import type { Language } from '../../i18n/languageCodes'
import { describeQuality } from '../../platform/quality'
import { restartApp } from '../../platform/restart'
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
  /** The interface language and the viewer's way to change it (the app restarts in the new one). */
  language: {
    current: Language
    /** Stores the choice and restarts the app in it. */
    choose(language: Language): void
  }
  /** Clears stored feed copies and anything else cached, keeps the viewer's choices; returns what to tell them. */
  resetCachedData(): string
  /** Forgets every story read (read marks, Continue reading); returns what to tell the viewer. */
  clearReadingHistory(): string
}

export function settingsContext(services: Services): SettingsContext {
  const { settings, preferences, storage, platform, quality, news, history, guidance, locale } = services
  return {
    language: {
      current: locale.language,
      choose(language) {
        services.languageMemory.write(language)
        restartApp(window.location)
      },
    },
    preferences,
    guidance,
    storage,
    warn: (message) => log.warn(message),
    sections: settings.appSettings.sections,
    about: () => ({
      version: settings.appSettings.version,
      platformName: platform.name,
      quality: describeQuality(quality, locale),
      updatedAt: news.snapshot().updatedAt,
      sources: settings.appSettings.sections,
    }),
    resetCachedData() {
      // Everything in the app's Storage namespace is a copy of something fetchable, except the preferences
      // and the reading history, which are written straight back.
      const read = history.get()
      // The news store reads opened stories back from the stored copy: it holds them itself until it next
      // writes one (the next refresh), so what is on screen can still be opened.
      news.keepStoriesInMemory()
      storage.clear()
      const choicesSaved = preferences.persist()
      const saved = history.restore(read) && choicesSaved
      return saved ? locale.t.settings.cleared : locale.t.settings.clearedUnsaved
    },
    clearReadingHistory() {
      return history.clear() ? locale.t.fresh.historyCleared : locale.t.fresh.historyUnsaved
    },
  }
}
