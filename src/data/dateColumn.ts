/**
 * A section's story dates as the store holds them (issue 13, memory): a date kept as a number on an object is
 * a boxed double (~12 bytes besides its slot). Feed dates are whole seconds (RSS's RFC 822 dates, nearly every
 * Atom and JSON Feed date), so the column keeps each as seconds from the section's first date: a small integer
 * V8 stores in the array's slot (4 bytes, no box) for dates up to 34 years apart. Other dates (milliseconds,
 * or too far apart) go into an array of doubles, which V8 also stores unboxed (8 bytes). Both are ordinary
 * arrays on the JS heap.
 */

/** V8's small integers with pointer compression: 31 bits, signed. */
const SMALL = 2 ** 30

type Dates =
  /** Whole seconds from `base` (ms), `undefined` for no date. */
  | { readonly base: number; readonly seconds: readonly (number | undefined)[] }
  /** Milliseconds, NaN for no date (a feed's dates are checked numbers, never NaN). */
  | { readonly ms: readonly number[] }

/**
 * Seconds from `base`, as small integers: `| 0` makes each an int32, which V8 stores as a small integer (a
 * computed `/ 1000` may come out as a double, and one double makes the whole array an array of doubles). A
 * missing date is left as a hole: an array of exactly this length, 4 bytes a slot.
 */
function smallIntegers(values: readonly (number | undefined)[], base: number): (number | undefined)[] {
  const seconds: (number | undefined)[] = new Array(values.length)
  values.forEach((value, index) => {
    if (value !== undefined) seconds[index] = ((value - base) / 1000) | 0
  })
  return seconds
}

export class DateColumn {
  private readonly dates: Dates

  constructor(values: readonly (number | undefined)[]) {
    const base = values.find((value) => value !== undefined) ?? 0
    const small = values.every((value) => {
      const offset = value === undefined ? 0 : (value - base) / 1000
      return Number.isInteger(offset) && Math.abs(offset) < SMALL
    })
    this.dates = small
      ? { base, seconds: smallIntegers(values, base) }
      : { ms: values.map((value) => value ?? Number.NaN) }
  }

  at(index: number): number | undefined {
    const dates = this.dates
    if ('seconds' in dates) {
      const value = dates.seconds[index]
      return value === undefined ? undefined : dates.base + value * 1000
    }
    const value = dates.ms[index]
    return value === undefined || Number.isNaN(value) ? undefined : value
  }
}
