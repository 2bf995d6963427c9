import type { IntlSupport } from './intlSupport'

/** How a language writes counts, numbers, clocks and dates: what a Locale formats with. */
export interface Formats {
  /** The count's plural category, or undefined when the device cannot tell (`Intl.PluralRules` missing). */
  category(count: number): Intl.LDMLPluralRule | undefined
  number(value: number): string
  time(date: Date): string
  dayMonth(date: Date): string
  dateTime(date: Date, timeZone?: string): string
}

const two = (value: number) => (value < 10 ? `0${value}` : String(value))

/** Without Intl: ISO-ish pieces every language can read. */
const fallbackTime = (date: Date) => `${two(date.getHours())}:${two(date.getMinutes())}`
const fallbackDay = (date: Date) => `${date.getDate()}/${date.getMonth() + 1}`

/** Made on first use, then kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => {
    made ??= { value: make() }
    return made.value
  }
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
}

/**
 * A language's formats through the device's `Intl`, each formatter made on first use: the first `Intl`
 * object a page makes loads the locale's data, 15–35 ms on this project's machine (more on a TV).
 */
export function intlFormats(tag: string, intl: IntlSupport): Formats {
  const rules = once(() => intl.pluralRules?.(tag))
  const number = once(() => intl.number?.(tag) ?? ((value: number) => String(value)))
  const format = (options: Intl.DateTimeFormatOptions, fallback: (date: Date) => string) =>
    intl.dateTime?.(tag, options) ?? fallback
  const time = once(() => format({ hour: '2-digit', minute: '2-digit' }, fallbackTime))
  const dayMonth = once(() => format({ day: 'numeric', month: 'short' }, fallbackDay))
  const fallbackDateTime = (date: Date) => `${fallbackDay(date)}/${date.getFullYear()} ${fallbackTime(date)}`
  const dateTime = once(() => format(DATE_TIME, fallbackDateTime))
  return {
    category: (count) => rules()?.(count),
    number: (value) => number()(value),
    time: (date) => time()(date),
    dayMonth: (date) => dayMonth()(date),
    dateTime: (date, timeZone) =>
      timeZone ? format({ ...DATE_TIME, timeZone }, fallbackDateTime)(date) : dateTime()(date),
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * English (en-GB) without `Intl` for what Home draws: one/other plurals, small counts, the 24-hour clock and
 * "4 Dec". Home's first frame shows a clock and dated tiles, so through `Intl` it would wait for the locale
 * data to load; English is simple enough to write by hand. Large numbers and full dates (Settings → About)
 * still go through `Intl`.
 */
export function englishFormats(intl: IntlSupport): Formats {
  const full = intlFormats('en-GB', intl)
  return {
    category: (count) => (count === 1 ? 'one' : 'other'),
    number: (value) =>
      Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : full.number(value),
    time: fallbackTime,
    dayMonth: (date) => `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''}`,
    dateTime: full.dateTime,
  }
}
