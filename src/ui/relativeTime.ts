/**
 * "5 min ago", "Yesterday": story times as a viewer reads them from the sofa. Pure (the caller passes `now`)
 * so it is easy to test and a page can refresh every label from one clock tick.
 */

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** True when `relativeTime` says how long ago ("2 h ago"), false when it falls back to the date (a week on). */
export function isRecent(then: number, now: number): boolean {
  return now - then < 7 * DAY
}

/** A short relative time for a tile or the hero; empty when the story has no date. */
export function relativeTime(then: number | undefined, now: number, locale?: string): string {
  if (then === undefined || !Number.isFinite(then) || then <= 0) return ''
  const age = now - then
  // Clocks disagree: a story "from the future" by a few minutes is simply new.
  if (age < MINUTE) return 'Just now'
  if (age < HOUR) return `${Math.floor(age / MINUTE)} min ago`
  if (age < DAY) return `${Math.floor(age / HOUR)} h ago`
  if (age < 2 * DAY) return 'Yesterday'
  if (isRecent(then, now)) return `${Math.floor(age / DAY)} days ago`
  return new Date(then).toLocaleDateString(locale, { day: 'numeric', month: 'short' })
}

/** The header's freshness line: "Updated 3 min ago"; empty before anything has loaded. */
export function updatedLabel(updatedAt: number, now: number, locale?: string): string {
  if (!updatedAt) return ''
  const when = relativeTime(updatedAt, now, locale)
  return when === 'Just now' ? 'Updated just now' : `Updated ${when}`
}

/** Joins the non-empty parts of a meta line: "World · 5 min ago". */
export function metaLine(...parts: (string | undefined)[]): string {
  return parts.filter((part) => part !== undefined && part !== '').join(' · ')
}
