/**
 * `value`, or a failed test naming what was missing: for look-ups a test expects to succeed (the first story
 * of a parsed feed, a page by index). Spares tests non-null assertions, which the lint forbids everywhere.
 */
export function defined<T>(value: T | null | undefined, what = 'the value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what} to be there`)
  return value
}
