/**
 * "When" for a story, the way a TV news channel says it: "Just now", "12 min ago", "3 h ago", "Yesterday",
 * then an absolute date ("22 Nov", or "22 Nov 2025" in another year). Feed dates can be old (the bundled
 * sample feeds have fixed dates), in the future (a publisher's wrong clock) or missing: all read sensibly.
 * Pure: the caller passes `now` (from the store's clock), so screens and tests agree.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Absolute date in UTC-free local terms of the device: "22 Nov" or "22 Nov 2025". */
export function formatDate(at: number, now: number): string {
  const date = new Date(at)
  const day = `${date.getDate()} ${MONTHS[date.getMonth()]}`
  return date.getFullYear() === new Date(now).getFullYear() ? day : `${day} ${date.getFullYear()}`
}

export function describeAge(at: number | undefined, now: number): string {
  if (at === undefined || !Number.isFinite(at)) return ''
  const age = now - at
  // Up to five minutes "in the future" is clock skew between the publisher and the TV.
  if (age < -5 * MINUTE) return formatDate(at, now)
  if (age < MINUTE) return 'Just now'
  if (age < HOUR) return `${Math.floor(age / MINUTE)} min ago`
  if (age < 24 * HOUR) return `${Math.floor(age / HOUR)} h ago`
  const startOfToday = new Date(now).setHours(0, 0, 0, 0)
  if (at >= startOfToday - 24 * HOUR) return 'Yesterday'
  return formatDate(at, now)
}
