/**
 * What of `Intl` this browser has. Old TV browsers (Chrome 38-era WebKit on 2016 sets) lack
 * `Intl.PluralRules` and `Intl.RelativeTimeFormat`, and some ship `Intl` with English data only; the
 * formatters in ./format.ts ask here and fall back to plain digits and the catalogue's own plural `other`.
 */
export interface IntlSupport {
  pluralRules?: (locale: string) => (count: number) => Intl.LDMLPluralRule
  number?: (locale: string) => (value: number) => string
  dateTime?: (locale: string, options: Intl.DateTimeFormatOptions) => (date: Date) => string
}

/** Reads the features off a given `Intl` (tests pass a cut-down one); never throws. */
export function intlSupport(intl: Partial<typeof Intl> | undefined): IntlSupport {
  const support: IntlSupport = {}
  if (!intl) return support
  const { PluralRules, NumberFormat, DateTimeFormat } = intl
  if (typeof PluralRules === 'function') {
    support.pluralRules = (locale) => {
      const rules = new PluralRules(locale)
      return (count) => rules.select(count)
    }
  }
  if (typeof NumberFormat === 'function') {
    support.number = (locale) => {
      const format = new NumberFormat(locale)
      return (value) => format.format(value)
    }
  }
  if (typeof DateTimeFormat === 'function') {
    support.dateTime = (locale, options) => {
      const format = new DateTimeFormat(locale, options)
      return (date) => format.format(date)
    }
  }
  return support
}
