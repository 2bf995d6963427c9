import type { Catalogue, LocaleWords } from './catalogue'
import { en } from './catalogues/en'
import type { Language } from './languageCodes'

export {
  DEFAULT_LANGUAGE,
  type Direction,
  directionOf,
  isLanguage,
  LANGUAGES,
  type Language,
  languageFromTag,
} from './languageCodes'

/**
 * The language's catalogue, or English when its chunk cannot be fetched (the app's own files unreachable):
 * a channel that starts in English beats one that does not start. Says so through `warn`.
 */
export async function loadLanguage(
  language: Language,
  warn: (message: string) => void,
): Promise<{ language: Language; catalogue: LocaleWords }> {
  try {
    // English at start-up is its start-up groups only: each page's chunk brings that page's English words.
    return { language, catalogue: language === 'en' ? en : await loadCatalogue(language) }
  } catch (error) {
    warn(`the ${language} catalogue did not load (${String(error)}): using English`)
    return { language: 'en', catalogue: en }
  }
}

/**
 * A language's whole catalogue. Each catalogue but English is its own chunk: only the language in use is
 * fetched, so an English channel's start-up bundle carries English only (and of English, only Home's words).
 */
export function loadCatalogue(language: Language): Promise<Catalogue> {
  switch (language) {
    case 'en':
      return import('./catalogues/enAll').then((module) => module.enAll)
    case 'ar':
      return import('./catalogues/ar').then((module) => module.ar)
    case 'es':
      return import('./catalogues/es').then((module) => module.es)
    case 'fr':
      return import('./catalogues/fr').then((module) => module.fr)
  }
}
