/**
 * Where focus was on Home, kept outside the page (in `Services`) so it survives the page being re-created
 * and so other pages can ask Home to land on a story when the viewer comes back.
 *
 * - Home writes `row` (the focused entry's key: a section id, `hero`, or a leading row such as `live`) and,
 *   per section, the focused story's id and index.
 * - The Story page calls `focusStory(id)` before going back (e.g. after the viewer paged to the next story),
 *   and Home focuses that story's tile the next time it is shown. A request for a story no longer on Home is
 *   dropped and the remembered tile is used instead.
 */
import type { HeadlineList } from '../../data/headlines'
import type { StoryHeadline } from '../../data/model'
import type { NewsSnapshot, RowSection } from '../../data/newsStore'

export interface RowPosition {
  storyId: string
  index: number
}

export interface HomeFocus {
  /** Key of the focused entry (section id, `hero`, leading row key), if any yet. */
  row: string | undefined
  /** Per section id: the tile last focused in that row. */
  readonly rows: Map<string, RowPosition>
  /** Asks Home to focus this story when it is next shown (Story and Live pages call this). */
  focusStory(storyId: string): void
  /** Home takes the pending request, once. */
  takeRequest(): string | undefined
}

export function createHomeFocus(): HomeFocus {
  let request: string | undefined
  return {
    row: undefined,
    rows: new Map(),
    focusStory(storyId) {
      request = storyId
    },
    takeRequest() {
      const taken = request
      request = undefined
      return taken
    },
  }
}

/**
 * Where the remembered story is now, or -1: its old place when it is still there (no search, and no headline
 * made for each story before it), else a search through the list.
 */
function findRemembered(stories: HeadlineList, position: RowPosition): number {
  if (stories.at(position.index)?.id === position.storyId) return position.index
  return stories.findIndex((story) => story.id === position.storyId)
}

/**
 * The index to focus in a section's refreshed story list: the remembered story where it now is, else the
 * same position (clamped) if it disappeared, else the first tile.
 */
export function indexFor(position: RowPosition | undefined, stories: HeadlineList): number {
  if (!position || stories.length === 0) return 0
  const found = findRemembered(stories, position)
  if (found >= 0) return found
  return Math.min(position.index, stories.length - 1)
}

/** A pending "focus this story" from another page becomes the row memory; returns the row to focus. */
export function applyFocusRequest(memory: HomeFocus, snapshot: NewsSnapshot): string | undefined {
  const requested = memory.takeRequest()
  if (requested) {
    for (const section of snapshot.sections) {
      const index = section.stories.findIndex((story) => story.id === requested)
      if (index >= 0 && section.status === 'ready') {
        memory.rows.set(section.id, { storyId: requested, index })
        memory.row = section.id
        break
      }
    }
  }
  return memory.row
}

/** The tile to focus in `section` (indexFor), remembered as the row's position. */
export function rememberedIndex(memory: HomeFocus, section: RowSection): number {
  const index = indexFor(memory.rows.get(section.id), section.stories)
  const story = section.stories.at(index)
  if (story) memory.rows.set(section.id, { storyId: story.id, index })
  return index
}

/** The story remembered as focused in the row with this key, if it is a section's row. */
export function rememberedStory(
  memory: HomeFocus,
  sections: readonly RowSection[],
  key: string | undefined,
): StoryHeadline | undefined {
  const section = sections.find((candidate) => candidate.id === key)
  const position = section && memory.rows.get(section.id)
  if (!position) return undefined
  const index = findRemembered(section.stories, position)
  return index < 0 ? undefined : section.stories.at(index)
}
