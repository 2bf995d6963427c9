import type { Catalogue } from '../../i18n/catalogue'
import { enSettings } from '../../i18n/catalogues/enSettings'
import type { Locale } from '../../i18n/locale'

/**
 * Settings' words in the UI language. English keeps them in this chunk rather than in start-up's catalogue (see
 * PageGroup in i18n/catalogue.ts); every other language's catalogue carries them.
 */
export const settingsWords = (locale: Locale): Catalogue['settings'] => locale.t.settings ?? enSettings
