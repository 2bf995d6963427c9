import { intlSupport } from './intlSupport'
import { englishLocale } from './locale'

/**
 * English with this browser's Intl, made once and never changed: what a component speaks until its page
 * hands it the app's locale, and what command-line tools (npm run feed:check) word their reports in.
 */
export const english = englishLocale(intlSupport(globalThis.Intl))
