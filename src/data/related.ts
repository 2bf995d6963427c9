/**
 * What to read next: the neighbours of a story in its section (Left/Right, `story-next`) and the "Up next"
 * list at the end of a story — stories from the same section first, then stories from other sections that
 * share significant words with the title. Pure and deterministic: tested in node.
 */
import type { StoryHeadline } from './model'
import type { NewsSnapshot, StoryLocation } from './newsStore'

export interface Neighbours {
  previous?: StoryHeadline
  next?: StoryHeadline
}

/** The stories either side of `index` in its section (no wrap-around: the ends are the ends). */
export function neighbours(location: StoryLocation): Neighbours {
  const { stories } = location.section
  // `at` counts a negative index from the end: the first story has no previous one.
  const previous = location.index > 0 ? stories.at(location.index - 1) : undefined
  const next = stories.at(location.index + 1)
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) }
}

/** Words too common to say two headlines are about the same thing. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in ' +
    'into is it its me more most my new no not now of off on one or our out over says said she so than that ' +
    'the their them then there they this to too two up us was we were what when where which who why will ' +
    'with would you your after before about again all also any back because being both down during each ' +
    'few first just last like made make many may much must near next only other same should some still such ' +
    'take through under until very way well while year years'
  ).split(' '),
)

/**
 * Significant words of a title, folded to compare: lower case, accents removed, a plural "s" dropped, stop
 * words and one- or two-letter words left out. Scripts without case or spaces simply contribute their
 * space-separated tokens.
 */
export function titleWords(title: string): Set<string> {
  const words = new Set<string>()
  const folded = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
  for (const raw of folded.split(/[\s.,;:!?"'“”‘’()[\]{}«»—–/\\|]+/)) {
    const word = raw.replace(/^-+|-+$/g, '')
    if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue
    words.add(word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word)
  }
  return words
}

function sharedWords(a: Set<string>, b: Set<string>): number {
  let count = 0
  for (const word of a) if (b.has(word)) count++
  return count
}

/**
 * The "Up next" list for the story at `location`:
 * 1. the other stories of its section, most title words in common first, then in the section's order
 *    starting after the current story (what Right would open comes before what was already passed);
 * 2. then stories from other sections sharing at least one title word, most in common first, newest first.
 * A story listed in two sections appears once.
 */
export function relatedStories(snapshot: NewsSnapshot, location: StoryLocation, limit = 4): StoryHeadline[] {
  const current = location.story
  const words = titleWords(current.title)
  const seen = new Set<string>([current.id])
  const stories = location.section.stories
  const count = stories.length

  const sameSection = stories
    .map((story, index) => ({
      story,
      shared: sharedWords(words, titleWords(story.title)),
      // Distance after the current story, wrapping: the next one is 1, the previous one count - 1.
      order: (index - location.index + count) % count,
    }))
    .filter(({ story }) => story.id !== current.id)
    .sort((a, b) => b.shared - a.shared || a.order - b.order)

  const elsewhere = snapshot.sections
    .filter((section) => section.id !== location.section.id)
    .flatMap((section) => [...section.stories])
    .map((story) => ({ story, shared: sharedWords(words, titleWords(story.title)) }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || (b.story.publishedAt ?? 0) - (a.story.publishedAt ?? 0))

  const picked: StoryHeadline[] = []
  for (const { story } of [...sameSection, ...elsewhere]) {
    if (picked.length >= limit) break
    if (seen.has(story.id)) continue
    seen.add(story.id)
    picked.push(story)
  }
  return picked
}
