/**
 * A section's stories as the store holds them (issue 13, memory): the first one whole, because Home's hero
 * shows its summary, and the others as headlines only. Summaries, bodies, bylines and web addresses are the
 * bulk of a story's bytes and only the reader needs them; the store reads them back when a story is opened.
 */
import type { Story, StoryHeadline } from './model'

/**
 * The lead story whole, then headlines: typed so that `stories[0]` is a whole `Story` (whole stories
 * throughout, as tests and the bench's pages build them, fit too).
 */
export type SectionStories = Story[] | [Story, ...StoryHeadline[]]

/**
 * The fields a tile needs, as a new object sharing the story's strings (nothing is copied). The fields nearly
 * every story has are set by the literal, so V8 keeps them inside the object; adding them one by one would
 * give each headline a second, out-of-object property store (~20 bytes a story, scripts/heap-per-story.ts).
 * JSON and `toEqual` treat an `undefined` date or image as absent.
 */
export function toHeadline(story: Story): StoryHeadline {
  const headline: StoryHeadline = {
    id: story.id,
    sectionId: story.sectionId,
    title: story.title,
    source: story.source,
    publishedAt: story.publishedAt,
    imageUrl: story.image?.url,
  }
  if (story.updatedAt !== undefined) headline.updatedAt = story.updatedAt
  if (story.dir) headline.dir = story.dir
  return headline
}

export function sectionStories(stories: readonly Story[]): SectionStories {
  const [lead, ...rest] = stories
  return lead ? [lead, ...rest.map(toHeadline)] : []
}
