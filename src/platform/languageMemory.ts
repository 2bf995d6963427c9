import { isLanguage, type Language } from '../i18n/languages'

/** The viewer's language choice from Settings, as stored: versioned like the other preferences. */
interface StoredLanguage {
  version: 1
  language: Language
}

export interface LanguageMemory {
  /** The stored choice; undefined when the viewer never chose (or storage cannot be read). */
  read(): Language | undefined
  /** False when the device would not keep it (the choice still applies to the restart that follows). */
  write(language: Language): boolean
}

/**
 * Where Settings' language choice is kept. It is needed before the stage exists (the catalogue is loaded and
 * the layout's direction fixed before Launch), which is before the SDK's Storage is namespaced, so it lives
 * in localStorage directly under a key of the app's own, like the quality memory. "Reset cached data" clears
 * the SDK's namespace only, so the choice survives it.
 */
export function localLanguageMemory(
  appId: string,
  warn: (message: string) => void,
  /** platform/localStore.ts: undefined where the device has no localStorage. */
  store: Storage | undefined,
): LanguageMemory {
  const key = `${appId}.lightwire-language`
  return {
    read: () => {
      try {
        const raw = store?.getItem(key)
        if (!raw) return undefined
        const parsed: unknown = JSON.parse(raw)
        const language =
          typeof parsed === 'object' && parsed !== null && 'language' in parsed ? parsed.language : undefined
        if (isLanguage(language)) return language
        warn(`the stored language choice is not one Lightwire ships (${raw}): ignored`)
        return undefined
      } catch (error) {
        warn(`the stored language choice could not be read (${String(error)}): ignored`)
        return undefined
      }
    },
    write: (language) => {
      const stored: StoredLanguage = { version: 1, language }
      try {
        store?.setItem(key, JSON.stringify(stored))
        return store !== undefined
      } catch (error) {
        warn(`the language choice could not be saved (${String(error)})`)
        return false
      }
    },
  }
}
