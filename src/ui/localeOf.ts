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
 * The UI language of the app this element belongs to. It lives on the App, which every element reaches through
 * its stage, attached or not, so components need no extra property to speak the viewer's language. A
 * component mounted alone in a test, under a plain Application, speaks English.
 */
export function localeOf(element: Lightning.Element): Locale {
  const root = element.stage.application
  if (isLocaleRoot(root)) return root.locale
  // The SDK's Launch wraps the App in its own root Application, as the child `App`.
  const app: unknown = root.tag('App')
  return isLocaleRoot(app) ? app.locale : english
}
