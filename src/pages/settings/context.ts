import type { PreferenceStorage, PreferencesService } from '../../data/preferencesService'
import type { SectionSettings } from '../../data/settings'
import type { Language } from '../../i18n/languageCodes'
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
  /** Read each time Settings opens, and again whenever `watchAbout` says it changed. */
  about(): AboutInfo
  /**
   * Calls `changed` when what About shows moves on while Settings is open: feeds arriving (a cold start
   * straight into Settings gets them a moment later) or auto quality stepping down. Returns a stop.
   */
  watchAbout(changed: () => void): () => void
  /** The interface language and the viewer's way to change it (the app restarts in the new one). */
  language: {
    current: Language
    /** Stores the choice and restarts the app in it. */
    choose(language: Language): void
  }
  /**
   * Clears stored feed copies and anything else cached, keeps the viewer's choices. Returns whether those
   * choices were saved again (the page words it: its words load with its chunk, this file at start-up).
   */
  resetCachedData(): boolean
  /** Forgets every story read (read marks, Continue reading); returns whether the device saved that. */
  clearReadingHistory(): boolean
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
      quality: { setting: quality.setting, level: quality.level() },
      updatedAt: news.snapshot().updatedAt,
      sources: settings.appSettings.sections,
    }),
    watchAbout(changed) {
      const stops = [news.subscribe(() => changed()), quality.subscribe(() => changed())]
      return () => {
        for (const stop of stops) stop()
      }
    },
    resetCachedData() {
      // Everything in the app's Storage namespace is a copy of something fetchable, except the preferences
      // and the reading history, which are written straight back.
      const read = history.get()
      // The news store reads opened stories back from the stored copy: it holds them itself until it next
      // writes one (the next refresh), so what is on screen can still be opened.
      news.keepStoriesInMemory()
      storage.clear()
      const choicesSaved = preferences.persist()
      return history.restore(read) && choicesSaved
    },
    clearReadingHistory() {
      return history.clear()
    },
  }
}
