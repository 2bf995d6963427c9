import type { Catalogue } from '../../i18n/catalogue'
import { enLive } from '../../i18n/catalogues/enLive'
import type { Locale } from '../../i18n/locale'

/**
 * The live channel's words in the UI language. English keeps them in this chunk rather than in start-up's catalogue (see
 * PageGroup in i18n/catalogue.ts); every other language's catalogue carries them.
 */
export const liveWords = (locale: Locale): Catalogue['live'] => locale.t.live ?? enLive
