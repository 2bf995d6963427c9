/**
 * Home's "Continue reading" row (`row-continue`, tiles `tile-continue-<index>`): the stories the viewer left
 * part-way, most recent first, each labelled with the page it opens on. Built from the reading history and
 * the stories the feeds still carry (a story that has left its feed drops out of the row with it).
 */
import type { NewsSnapshot, RowSection } from '../../data/newsStore'
import type { ReadingEntry } from '../../data/readingHistory'
import type { Locale } from '../../i18n/locale'

export const CONTINUE_KEY = 'continue'
/** At most this many tiles: the row is a reminder, not an archive. */
export const CONTINUE_MAX = 12

export interface ContinueReading {
  /** A ready section of its own, so the row is an ordinary StoryRow. */
  section: RowSection
  /** "Page 3 of 7": the tile's meta label. */
  labelOf(storyId: string): string | undefined
}

export function continueReading(
  snapshot: NewsSnapshot,
  partWay: readonly ReadingEntry[],
  locale: Pick<Locale, 't' | 'number'>,
): ContinueReading | undefined {
  // A configured section that happens to be called "continue" keeps its id; the row then stays away.
  if (partWay.length === 0 || snapshot.sections.some((section) => section.id === CONTINUE_KEY))
    return undefined
  const stories = new Map(
    snapshot.sections.flatMap((section) => section.stories.map((story) => [story.id, story])),
  )
  const entries = partWay.filter((entry) => stories.has(entry.storyId)).slice(0, CONTINUE_MAX)
  if (entries.length === 0) return undefined
  const page = (entry: ReadingEntry) =>
    locale.t.app.page(locale.number(entry.page + 1), locale.number(entry.pages))
  const labels = new Map(entries.map((entry) => [entry.storyId, page(entry)]))
  return {
    section: {
      id: CONTINUE_KEY,
      title: locale.t.fresh.continueReading,
      stories: entries.flatMap((entry) => stories.get(entry.storyId) ?? []),
      fetchedAt: 0,
      status: 'ready',
      refreshing: false,
    },
    labelOf: (storyId) => labels.get(storyId),
  }
}
