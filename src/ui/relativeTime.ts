/**
 * "5 min ago", "Yesterday": story times as a viewer reads them from the sofa, in the UI language. Pure (the
 * caller passes `now` and the locale) so it is easy to test and a page can refresh every label from one tick.
 */
import type { Locale } from '../i18n/locale'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** True when `relativeTime` says how long ago ("2 h ago"), false when it falls back to the date (a week on). */
export function isRecent(then: number, now: number): boolean {
  return now - then < 7 * DAY
}

/** A short relative time for a tile or the hero; empty when the story has no date. */
export function relativeTime(then: number | undefined, now: number, locale: Locale): string {
  if (then === undefined || !Number.isFinite(then) || then <= 0) return ''
  const age = now - then
  const { time } = locale.t
  // Clocks disagree: a story "from the future" by a few minutes is simply new.
  if (age < MINUTE) return time.justNow
  if (age < HOUR) return locale.plural(time.minutesAgo, Math.floor(age / MINUTE))
  if (age < DAY) return locale.plural(time.hoursAgo, Math.floor(age / HOUR))
  if (age < 2 * DAY) return time.yesterday
  if (isRecent(then, now)) return locale.plural(time.daysAgo, Math.floor(age / DAY))
  return locale.dayMonth(new Date(then))
}

/** The header's freshness line: "Updated 3 min ago"; empty before anything has loaded. */
export function updatedLabel(updatedAt: number, now: number, locale: Locale): string {
  if (!updatedAt) return ''
  const when = relativeTime(updatedAt, now, locale)
  return when === locale.t.time.justNow ? locale.t.time.updatedJustNow : locale.t.time.updated(when)
}

/** Joins the non-empty parts of a meta line: "World · 5 min ago". */
export function metaLine(...parts: (string | undefined)[]): string {
  return parts.filter((part) => part !== undefined && part !== '').join(' · ')
}
