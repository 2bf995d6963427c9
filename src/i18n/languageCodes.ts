/**
 * The language codes Lightwire ships and what they say about direction: no catalogue here, so the emulator
 * and the settings check can use them without pulling any phrases in.
 */

/** The UI languages Lightwire ships. Adding one: a catalogue in ./catalogues and a line in each table below. */
export const LANGUAGES = ['en', 'ar', 'es', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]
export type Direction = 'ltr' | 'rtl'

export const DEFAULT_LANGUAGE: Language = 'en'

/** Each language by its own name, as a viewer looks for it in a list whatever the interface speaks. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  ar: 'العربية',
  es: 'Español',
  fr: 'Français',
}

/** Languages written right to left; the whole interface mirrors in them. */
const RTL_LANGUAGES: ReadonlySet<Language> = new Set<Language>(['ar'])

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

export function directionOf(language: Language): Direction {
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr'
}

/**
 * "ar-EG", "fr_CA", "ES" → the UI language it asks for, or undefined when Lightwire has no catalogue for it.
 * Region and script subtags do not matter to the catalogue (one Arabic, one French).
 */
export function languageFromTag(tag: string | undefined | null): Language | undefined {
  if (!tag) return undefined
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
  return isLanguage(primary) ? primary : undefined
}
