import type { Lightning } from '@lightningjs/sdk'
import { english } from '../i18n/english'
import type { Locale } from '../i18n/locale'

/** The app root that carries the UI language (App.ts); a plain Lightning.Application does not. */
interface LocaleRoot {
  locale: Locale
}

const isLocaleRoot = (app: unknown): app is LocaleRoot =>
  typeof app === 'object' &&
  app !== null &&
  'locale' in app &&
  typeof app.locale === 'object' &&
  app.locale !== null &&
  'plural' in app.locale

/**
 * The UI language of the app this element belongs to. It lives on the application (the one object every
 * element can reach, attached or not, from construction on), so components need no extra property to speak
 * the viewer's language. A component mounted alone in a test, under a plain Application, speaks English.
 */
export function localeOf(element: Lightning.Element): Locale {
  const app: unknown = element.stage.application
  return isLocaleRoot(app) ? app.locale : english
}
