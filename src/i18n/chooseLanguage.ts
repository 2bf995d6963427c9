import { DEFAULT_LANGUAGE, type Language, languageFromTag } from './languages'

export interface LanguageSources {
  /** `?lang=<code>`: tests and the emulator force a language. */
  query?: string | null
  /** What the viewer chose in Settings (stored preferences). */
  chosen?: string
  /** settings.json `appSettings.language`: the operator's default. */
  operator?: string
  /** What the platform says the device speaks (navigator.language, Tizen/webOS system language). */
  device?: readonly string[]
}

/**
 * Which language the UI speaks. The URL wins (tests), then the viewer's own choice, then the operator's
 * default when settings.json names one, then the device's language, then English. A code Lightwire has no
 * catalogue for falls back to the operator's default with a warning; the device's list is only a hint, so
 * its unknown entries are skipped quietly.
 */
export function chooseLanguage(sources: LanguageSources, warn: (message: string) => void): Language {
  const operator = languageFromTag(sources.operator)
  if (sources.operator && !operator) {
    warn(`appSettings.language "${sources.operator}" has no catalogue: using ${DEFAULT_LANGUAGE}`)
  }
  const fallback = operator ?? DEFAULT_LANGUAGE
  const asked = (label: string, code: string | null | undefined): Language | undefined => {
    if (!code) return undefined
    const language = languageFromTag(code)
    if (!language) warn(`${label} "${code}" has no catalogue: using ${fallback}`)
    return language
  }
  const forced = asked('?lang', sources.query) ?? asked('The chosen language', sources.chosen)
  if (forced) return forced
  if (operator) return operator
  for (const tag of sources.device ?? []) {
    const language = languageFromTag(tag)
    if (language) return language
  }
  return fallback
}
