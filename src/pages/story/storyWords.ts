import type { Catalogue } from '../../i18n/catalogue'
import { enStory } from '../../i18n/catalogues/enStory'
import type { Locale } from '../../i18n/locale'

/**
 * The reader's words in the UI language. English keeps them in this chunk rather than in start-up's catalogue (see
 * PageGroup in i18n/catalogue.ts); every other language's catalogue carries them.
 */
export const storyWords = (locale: Locale): Catalogue['story'] => locale.t.story ?? enStory
