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

export type Catalogue = Contract<typeof en>
