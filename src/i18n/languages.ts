import type { Catalogue } from './catalogue'
import { en } from './catalogues/en'

/** The UI languages Lightwire ships. Adding one: a catalogue in ./catalogues and a line in each table below. */
export const LANGUAGES = ['en', 'ar', 'es', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]
export type Direction = 'ltr' | 'rtl'

export const DEFAULT_LANGUAGE: Language = 'en'

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

/**
 * The language's catalogue, or English when its chunk cannot be fetched (the app's own files unreachable):
 * a channel that starts in English beats one that does not start. Says so through `warn`.
 */
export async function loadLanguage(
  language: Language,
  warn: (message: string) => void,
): Promise<{ language: Language; catalogue: Catalogue }> {
  try {
    return { language, catalogue: await loadCatalogue(language) }
  } catch (error) {
    warn(`the ${language} catalogue did not load (${String(error)}): using English`)
    return { language: 'en', catalogue: en }
  }
}

/**
 * Each catalogue but English is its own chunk: only the language in use is fetched, so an English channel's
 * start-up bundle carries English only.
 */
export function loadCatalogue(language: Language): Promise<Catalogue> {
  switch (language) {
    case 'en':
      return Promise.resolve(en)
    case 'ar':
      return import('./catalogues/ar').then((module) => module.ar)
    case 'es':
      return import('./catalogues/es').then((module) => module.es)
    case 'fr':
      return import('./catalogues/fr').then((module) => module.fr)
  }
}
