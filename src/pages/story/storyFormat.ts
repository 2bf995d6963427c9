/**
 * The reader's small texts, as pure functions of the story and the clock (tested in node): the byline,
 * the published time (absolute and relative), the page indicator and the "next" hint.
 */

import type { Story, StoryHeadline } from '../../data/model'
import { cleanWhitespace } from '../../data/text/whitespace'
import type { Locale } from '../../i18n/locale'
import { isRecent, metaLine, relativeTime } from '../../ui/relativeTime'
import { storyWords } from './storyWords'

/** "By Lena Hoffmann", or the publisher when the feed names no author. */
export function bylineText(story: Story, locale: Locale): string {
  return story.byline ? storyWords(locale).byline(story.byline) : story.source
}

/**
 * "25 Nov 2026, 08:55 · 2 h ago"; past a week just "25 Nov 2026, 08:55" (the relative part would be the date
 * again); empty when the story has no date. `timeZone` is for tests; the app uses the device's zone.
 */
export function publishedText(story: Story, now: number, locale: Locale, timeZone?: string): string {
  const at = story.publishedAt ?? story.updatedAt
  if (at === undefined || !Number.isFinite(at) || at <= 0) return ''
  const absolute = locale.dateTime(new Date(at), timeZone)
  return isRecent(at, now) ? metaLine(absolute, relativeTime(at, now, locale)) : absolute
}

/** The line under the headline: byline · absolute time · relative time. */
export function metaText(story: Story, now: number, locale: Locale, timeZone?: string): string {
  return metaLine(bylineText(story, locale), publishedText(story, now, locale, timeZone))
}

/** "Page 2 of 5 · 4 min left" (always shown, "Page 1 of 1" included). */
export function pageText(index: number, total: number, minutesLeft: number, locale: Locale): string {
  const page = locale.t.app.page(locale.number(index + 1), locale.number(Math.max(1, total)))
  if (minutesLeft <= 0) return page
  return metaLine(page, locale.plural(storyWords(locale).minutesLeft, minutesLeft))
}

/** What Right opens, for `story-next`. */
export function nextText(
  next: Pick<StoryHeadline, 'title'> | undefined,
  sectionTitle: string,
  locale: Locale,
): string {
  return next ? storyWords(locale).next(next.title) : storyWords(locale).lastInSection(sectionTitle)
}

/**
 * True when the feed gave no full text: no body, or (the feed engine falls back to the summary for the body)
 * a one-paragraph body that is the summary itself, or a cut-short copy of it. The reader then says where the rest of the story is.
 */
export function isSummaryOnly(story: Story): boolean {
  if (story.body.length === 0) return true
  if (story.body.length > 1) return false
  const body = cleanWhitespace(story.body[0] ?? '').replace(/…$/, '')
  const summary = cleanWhitespace(story.summary).replace(/…$/, '')
  // A body longer than the summary is the full text, even if the summary was cut from it.
  return summary !== '' && summary.startsWith(body)
}
