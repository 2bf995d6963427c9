/**
 * Which stories are new to the viewer (issue 16), as pure values: no Lightning, no storage, no clock.
 *
 * - A story is *known* once the app has had it in a section. Each section keeps its own list, so a section
 *   met for the first time (a fresh install, or a section the operator just added) is taken as it is: its
 *   stories are known at once and nothing is announced, where counting them would call fifty stories new.
 * - A known section's story that was not known before *arrived*: it is new until the viewer has seen it
 *   (focused its tile or opened it). Arrivals are judged against what was stored, so a restart or a cache
 *   reload does not make old stories new again.
 * - Both lists are capped: a section's known list at a few times what a feed holds, the unseen list likewise.
 *   They hold short keys (`storyKey`), not the ids, which can be long URLs: a TV's Storage is small and also
 *   holds the feed cache. Two ids sharing a key would at worst leave one story unmarked.
 */

export const NEW_STORIES_VERSION = 1
/** Per section: more than any feed keeps (maxStoriesPerSection defaults to 50), so no live story drops out. */
export const KNOWN_PER_SECTION = 200
export const MAX_SECTIONS = 50
export const MAX_UNSEEN = 300

export interface NewStoriesState {
  version: typeof NEW_STORIES_VERSION
  /** Section id → story ids met in it, most recent first. */
  known: Record<string, string[]>
  /** Ids that arrived and the viewer has not seen yet, most recent first. */
  unseen: string[]
}

export interface SectionIds {
  id: string
  storyIds: readonly string[]
}

export function emptyNewStories(): NewStoriesState {
  return { version: NEW_STORIES_VERSION, known: {}, unseen: [] }
}

/**
 * Takes in the sections as the store has them now. Returns the next state and the ids that arrived (in
 * section order), which the caller counts for its "N new stories" indicator.
 */
export function observeSections(
  state: NewStoriesState,
  sections: readonly SectionIds[],
): { state: NewStoriesState; arrived: string[]; changed: boolean } {
  const known: Record<string, string[]> = { ...state.known }
  const arrived: string[] = []
  let changed = false
  for (const section of sections) {
    if (section.storyIds.length === 0) continue
    const before = known[section.id]
    if (!before || section.storyIds.some((id, index) => before[index] !== id)) changed = true
    if (before) {
      const had = new Set(before)
      for (const id of section.storyIds) if (!had.has(id)) arrived.push(id)
    }
    const current = new Set(section.storyIds)
    known[section.id] = [...section.storyIds, ...(before ?? []).filter((id) => !current.has(id))].slice(
      0,
      KNOWN_PER_SECTION,
    )
  }
  const fresh = new Set(arrived)
  const unseen = [...arrived, ...state.unseen.filter((id) => !fresh.has(id))].slice(0, MAX_UNSEEN)
  if (!changed) return { state, arrived, changed }
  return {
    state: { version: NEW_STORIES_VERSION, known: capSections(known, sections), unseen },
    arrived,
    changed,
  }
}

/** A story id as stored here: 32-bit FNV-1a in base 36 (at most 7 characters). */
export function storyKey(id: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36)
}

/** The viewer has seen these stories: they stop being new. */
export function markSeen(state: NewStoriesState, ids: readonly string[]): NewStoriesState {
  const seen = new Set(ids)
  if (!state.unseen.some((id) => seen.has(id))) return state
  return { ...state, unseen: state.unseen.filter((id) => !seen.has(id)) }
}

/** Keeps the sections just observed first, then the others, up to MAX_SECTIONS. */
function capSections(
  known: Record<string, string[]>,
  observed: readonly SectionIds[],
): Record<string, string[]> {
  const order = [...new Set([...observed.map((section) => section.id), ...Object.keys(known)])]
  const capped: Record<string, string[]> = {}
  for (const id of order.slice(0, MAX_SECTIONS)) {
    const ids = known[id]
    if (ids) capped[id] = ids
  }
  return capped
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

/** Reads what Storage held: anything not exactly this version's shape is dropped, with the reason. */
export function parseNewStories(raw: unknown): { state: NewStoriesState; problem?: string } {
  if (raw === null || raw === undefined) return { state: emptyNewStories() }
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { state: emptyNewStories(), problem: 'not an object' }
  const value = raw as Record<string, unknown>
  if (value.version !== NEW_STORIES_VERSION) {
    return { state: emptyNewStories(), problem: `unknown version ${String(value.version)}` }
  }
  const known = value.known
  if (typeof known !== 'object' || known === null || Array.isArray(known)) {
    return { state: emptyNewStories(), problem: 'no known stories' }
  }
  const sections = Object.entries(known)
  if (!sections.every(([, ids]) => isStringArray(ids)) || !isStringArray(value.unseen)) {
    return { state: emptyNewStories(), problem: 'damaged story lists' }
  }
  return {
    state: {
      version: NEW_STORIES_VERSION,
      known: Object.fromEntries(
        sections
          .slice(0, MAX_SECTIONS)
          .map(([id, ids]) => [id, (ids as string[]).slice(0, KNOWN_PER_SECTION)]),
      ),
      unseen: value.unseen.slice(0, MAX_UNSEEN),
    },
  }
}
