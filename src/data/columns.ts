/**
 * The columns SectionStories (headlines.ts) keeps a section's stories in (issue 13, memory), each smaller than
 * a field on an object a story. Everything is an ordinary array or string on the JS heap (no typed arrays,
 * whose backing stores the heap figure would not see); V8 keeps an array of small integers (31 bits, signed)
 * at 4 bytes a slot and an array of numbers without `undefined` at 8, both unboxed, where a number on an
 * object is a 12-byte box besides its slot.
 */

/** V8's small integers with pointer compression: |n| < 2^30. */
const SMALL = 2 ** 30

/**
 * Dates: feed dates are whole seconds (RSS's RFC 822 dates, nearly every Atom and JSON Feed date), so they are
 * kept as seconds from the first date, small integers for dates up to 34 years apart; anything else (a date
 * with milliseconds) keeps the column as milliseconds. A missing date is a hole.
 */
export interface DateColumn {
  readonly base: number
  readonly scale: number
  readonly values: readonly (number | undefined)[]
}

export function dateColumn(dates: readonly (number | undefined)[]): DateColumn {
  const base = dates.find((date) => date !== undefined) ?? 0
  const seconds = dates.every(
    (date) =>
      date === undefined || (Number.isInteger((date - base) / 1000) && Math.abs(date - base) < SMALL * 1000),
  )
  // Exactly this long; `| 0` keeps a computed `/ 1000` from coming out as a double (one double would make every
  // slot a double).
  const values: (number | undefined)[] = new Array(dates.length)
  dates.forEach((date, index) => {
    if (date !== undefined) values[index] = seconds ? ((date - base) / 1000) | 0 : date
  })
  return seconds ? { base, scale: 1000, values } : { base: 0, scale: 1, values }
}

export function dateAt(column: DateColumn, index: number): number | undefined {
  const value = column.values[index]
  return value === undefined ? undefined : column.base + value * column.scale
}

/**
 * Ids: normalize.ts makes every id `<section id>-<14 base-36 digits>` (text/hash.ts); the section keeps every
 * story's digits in one string (14 bytes a story instead of a ~32-byte string each). A section with an id of
 * another form (a test's `a`, a prefix from another section) keeps its ids as they are.
 */
export type IdColumn = { readonly prefix: string; readonly digits: string } | readonly string[]

const DIGITS = 14
const HASH_DIGITS = /^[0-9a-z]{14}$/

function digitsOf(id: string, prefix: string): string | undefined {
  const digits = id.startsWith(prefix) ? id.slice(prefix.length) : ''
  return HASH_DIGITS.test(digits) ? digits : undefined
}

export function idColumn(sectionId: string, ids: readonly string[]): IdColumn {
  const prefix = `${sectionId}-`
  const digits: string[] = []
  for (const id of ids) {
    const packed = digitsOf(id, prefix)
    if (packed === undefined) return ids
    digits.push(packed)
  }
  // join makes one flat string: one object a section, whatever its number of stories.
  return { prefix, digits: digits.join('') }
}

export function idAt(column: IdColumn, index: number): string | undefined {
  if (!('digits' in column)) return column[index]
  const digits = column.digits.slice(index * DIGITS, (index + 1) * DIGITS)
  return digits ? column.prefix + digits : undefined
}

/** The first index holding `id`, or -1, without spelling any id. */
export function indexOfId(column: IdColumn, id: string): number {
  if (!('digits' in column)) return column.indexOf(id)
  const digits = digitsOf(id, column.prefix)
  if (digits === undefined) return -1
  // A match across two stories' digits is no match: only one at a story's start counts.
  let at = column.digits.indexOf(digits)
  while (at > 0 && at % DIGITS !== 0) at = column.digits.indexOf(digits, at + 1)
  return at < 0 ? -1 : at / DIGITS
}

/**
 * Titles, end to end in two strings (a string of its own costs a 12-byte header and rounding): one for titles
 * V8 stores a byte a character (every character up to U+00FF), one for the others (a curly quote, Arabic), so
 * one wide title never doubles the rest. A story's place is one small integer: its start and length, and which
 * string (bitwise not: the wide one). Titles are at most 300 characters (normalize.ts); a section with a longer
 * one (an old cache) keeps separate strings.
 */
export type TitleColumn =
  | { readonly pools: readonly [string, string]; readonly places: readonly number[] }
  | readonly string[]

const LENGTH_BITS = 9
const MAX_LENGTH = (1 << LENGTH_BITS) - 1

export function titleColumn(titles: readonly string[]): TitleColumn {
  const pools: [string[], string[]] = [[], []]
  const sizes = [0, 0]
  const places: number[] = new Array(titles.length)
  for (let index = 0; index < titles.length; index++) {
    const title = titles[index] ?? ''
    let wide = 0
    for (let i = 0; i < title.length && !wide; i++) wide = title.charCodeAt(i) > 0xff ? 1 : 0
    const start = sizes[wide] ?? 0
    if (title.length > MAX_LENGTH || start >= SMALL >> LENGTH_BITS) return titles
    const place = (start << LENGTH_BITS) | title.length
    places[index] = wide ? ~place : place
    pools[wide]?.push(title)
    sizes[wide] = start + title.length
  }
  return { pools: [pools[0].join(''), pools[1].join('')], places }
}

export function titleAt(column: TitleColumn, index: number): string | undefined {
  if (!('pools' in column)) return column[index]
  const place = column.places[index]
  if (place === undefined) return undefined
  const packed = place < 0 ? ~place : place
  const start = packed >> LENGTH_BITS
  return column.pools[place < 0 ? 1 : 0].slice(start, start + (packed & MAX_LENGTH))
}
