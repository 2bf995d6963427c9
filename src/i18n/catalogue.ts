/**
 * The shape every language's catalogue has, taken from the English one: a language that leaves out a key,
 * or gives a phrase the wrong parameters, does not compile (`export const ar = {…} satisfies Catalogue`).
 *
 * Keys are grouped by where the viewer reads them (`app`, `home`, `story`, `settings`…). A new group (voice
 * guidance's spoken phrases, say) is one more object in `en.ts` and in each other catalogue.
 *
 * Phrases with parameters are functions, so each language orders the words its own way; counts go through
 * `Plural` (one form per `Intl.PluralRules` category the language uses, `other` always).
 */
import type { en } from './catalogues/en'
import type { enLive } from './catalogues/enLive'
import type { enSettings } from './catalogues/enSettings'
import type { enSpeech } from './catalogues/enSpeech'
import type { enStory } from './catalogues/enStory'

/** One phrase per plural category: English uses one/other, Arabic all six. Made with `plural()`. */
export interface Plural {
  /** Marks a plural apart from a group of keys that happens to have an `other`. */
  readonly plural: true
  zero?: (count: string) => string
  one?: (count: string) => string
  two?: (count: string) => string
  few?: (count: string) => string
  many?: (count: string) => string
  other: (count: string) => string
}

/** Turns the English literal types into the contract: strings stay strings, functions keep their parameters. */
type Contract<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends { readonly plural: true }
      ? Plural
      : { readonly [K in keyof T]: Contract<T[K]> }

/** A count's phrases, one per plural category the language uses (`other` always). */
export const plural = (forms: Omit<Plural, 'plural'>): Plural => ({ ...forms, plural: true })

/** English in full: the start-up groups and the groups each lazily loaded page brings with it. */
type English = typeof en & {
  story: typeof enStory
  settings: typeof enSettings
  live: typeof enLive
  speech: typeof enSpeech
}

/** A whole catalogue: what Arabic, Spanish and French are (`satisfies Catalogue`). */
export type Catalogue = Contract<English>

/**
 * The groups only a lazily loaded page (or the speech chunk) reads. English keeps them in that chunk, so they
 * stay off start-up; a page reads its group through its own accessor (pages/story/storyWords.ts…), which falls
 * back to the English group the chunk carries.
 */
export type PageGroup = 'story' | 'settings' | 'live' | 'speech'

/** What a Locale holds: every start-up group, and the page groups when the language's catalogue has them. */
export type LocaleWords = Omit<Catalogue, PageGroup> & Partial<Pick<Catalogue, PageGroup>>
