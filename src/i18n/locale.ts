import type { LocaleWords, Plural } from './catalogue'
import { en } from './catalogues/en'
import { englishFormats, intlFormats } from './formats'
import type { IntlSupport } from './intlSupport'
import { type Direction, directionOf, type Language } from './languages'
import { embedRtl } from './rtlCatalogue'

/**
 * The UI language in use: its catalogue, its direction and its formatters. Created once at start-up
 * (main.ts) and handed down like the other services: pages get it from Services, components ask their
 * ancestors for it (ui/localeOf.ts). Nothing here is global, so a test can mount a component in any language.
 */
export interface Locale {
  language: Language
  /** BCP 47 tag for `Intl` (Arabic with Western digits: most Arabic news channels print 0–9). */
  tag: string
  dir: Direction
  /** The start-up groups always; a page's group when the language's catalogue has it (see PageGroup). */
  t: LocaleWords
  /** "5 stories": the catalogue's phrase for the count's plural category, with the count as digits. */
  plural(phrase: Plural, count: number): string
  number(value: number): string
  /** "14:05" or "2:05 PM", as the language writes a clock. */
  time(date: Date): string
  /** "25 Nov" */
  dayMonth(date: Date): string
  /** "25 Nov 2026, 08:55" */
  dateTime(date: Date, timeZone?: string): string
}

const INTL_TAGS: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
  es: 'es-ES',
  fr: 'fr-FR',
}

/**
 * The Locale for a language and its words. English formats without `Intl` where Home needs it
 * (./formats.ts, `englishFormats`); the other languages through the device's `Intl`.
 */
export function createLocale(language: Language, catalogue: LocaleWords, intl: IntlSupport): Locale {
  const tag = INTL_TAGS[language]
  const formats = language === 'en' ? englishFormats(intl) : intlFormats(tag, intl)
  const dir = directionOf(language)
  return {
    language,
    tag,
    dir,
    t: dir === 'rtl' ? embedRtl(catalogue) : catalogue,
    plural(phrase, count) {
      // Without PluralRules: 1 is `one` in all four languages; every other count reads as `other`.
      const rule = formats.category(count) ?? (count === 1 ? 'one' : 'other')
      const form = phrase[rule] ?? phrase.other
      return form(formats.number(count))
    },
    number: formats.number,
    time: formats.time,
    dayMonth: formats.dayMonth,
    dateTime: formats.dateTime,
  }
}

/** English with the running browser's Intl: what a component mounted alone (a test) speaks. */
export function englishLocale(intl: IntlSupport): Locale {
  return createLocale('en', en, intl)
}
