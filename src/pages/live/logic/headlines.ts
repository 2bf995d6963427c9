import type { NewsSnapshot } from '../../../data/newsStore'

/** Supplies the overlay's "current top headlines" each time it is shown (titles, plain text). */
export type HeadlineSource = () => readonly string[]

/**
 * The first `count` story titles of the first section that has stories (settings.json order puts the top
 * stories first), skipping duplicates. A news store that has nothing yet gives an empty list: the overlay
 * then shows only the channel.
 */
export function topHeadlines(snapshot: NewsSnapshot, count = 3): string[] {
  const titles: string[] = []
  for (const section of snapshot.sections) {
    for (const story of section.stories) {
      if (titles.length >= count) return titles
      const title = story.title.trim()
      if (title && !titles.includes(title)) titles.push(title)
    }
    if (titles.length > 0) return titles
  }
  return titles
}
