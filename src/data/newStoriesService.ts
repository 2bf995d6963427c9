/**
 * New stories as a service (issue 16): follows the news store, keeps what is known and unseen in Storage, and
 * tells Home how many stories came in since the viewer last looked (the "3 new stories" indicator) and which
 * tiles carry the "New" mark. Pure rules in newStories.ts; this file adds Storage, the session's count and
 * change listeners. Storage is read on first use: the SDK namespaces it by the app id only once Launch ran.
 */
import type { HeadlineList } from './headlines'
import { markSeen, type NewStoriesState, observeSections, parseNewStories, storyKey } from './newStories'
import { type KeyValueStore, readStored } from './storage'

export const NEW_STORIES_KEY = 'newStories'

export interface NewStoriesService {
  /** Takes in the store's sections (main.ts subscribes it to the news store). */
  observe(snapshot: { sections: readonly { id: string; stories: HeadlineList }[] }): void
  /** The story came in with a refresh and the viewer has not seen it yet: its tile says "New". */
  isNew(storyId: string): boolean
  /** The stories of `sections` that came in since the viewer last acknowledged them, in section order. */
  pending(sections: readonly { stories: HeadlineList }[]): string[]
  /** The viewer focused or opened it. */
  seen(storyId: string): void
  /** The viewer looked at what came in (OK on the indicator, or up to the top of Home). */
  acknowledge(): void
  /**
   * Called after every change of what is new or pending; `marksChanged` when stories became new (tiles must
   * be redrawn to show their mark), not when the viewer saw one (its mark may wait for the next draw).
   */
  subscribe(listener: (marksChanged: boolean) => void): () => void
}

export function createNewStoriesService(
  storage: KeyValueStore,
  warn: (message: string) => void,
): NewStoriesService {
  // Every section's known keys (one per story, 4,000 on a large channel) live in Storage, which holds them
  // anyway: memory keeps the whole state only while Storage would not take it, and otherwise just the
  // unseen keys (at most MAX_UNSEEN), which every tile asks about. Observing reads the known keys back.
  let unsaved: NewStoriesState | undefined
  let unseen: readonly string[] | undefined
  // This session's arrivals not yet acknowledged (keys); after a restart, what the first fetch brought.
  const pendingKeys = new Set<string>()
  const listeners = new Set<(marksChanged: boolean) => void>()
  const current = (): NewStoriesState => {
    const state = unsaved ?? load(storage, warn)
    unseen = state.unseen
    return state
  }
  const unseenKeys = (): readonly string[] => unsaved?.unseen ?? unseen ?? current().unseen
  const save = (next: NewStoriesState) => {
    unseen = next.unseen
    const saved = storage.set(NEW_STORIES_KEY, next)
    unsaved = saved ? undefined : next
    if (!saved) warn('new stories: Storage would not take them')
  }
  const notify = (marksChanged: boolean) => {
    for (const listener of [...listeners]) listener(marksChanged)
  }
  return {
    observe(snapshot) {
      const sections = snapshot.sections
        .filter((section) => section.stories.length > 0)
        .map((section) => ({ id: section.id, storyIds: section.stories.map((story) => storyKey(story.id)) }))
      const { state: next, arrived, changed } = observeSections(current(), sections)
      if (!changed) return
      save(next)
      for (const key of arrived) pendingKeys.add(key)
      if (arrived.length > 0) notify(true)
    },
    isNew: (storyId) => unseenKeys().includes(storyKey(storyId)),
    pending(sections) {
      if (pendingKeys.size === 0) return []
      const ids: string[] = []
      for (const section of sections) {
        for (const story of section.stories) if (pendingKeys.has(storyKey(story.id))) ids.push(story.id)
      }
      return [...new Set(ids)]
    },
    seen(storyId) {
      const key = storyKey(storyId)
      const wasPending = pendingKeys.delete(key)
      // Most focus moves land on a story that is not new: no need to read Storage for those.
      if (!wasPending && !unseenKeys().includes(key)) return
      const before = current()
      const next = markSeen(before, [key])
      if (next !== before) save(next)
      if (wasPending || next !== before) notify(false)
    },
    acknowledge() {
      if (pendingKeys.size === 0) return
      pendingKeys.clear()
      notify(false)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

function load(storage: KeyValueStore, warn: (message: string) => void): NewStoriesState {
  return readStored(
    storage,
    NEW_STORIES_KEY,
    'new stories',
    (raw) => {
      const { state, problem } = parseNewStories(raw)
      return { value: state, problem }
    },
    warn,
  )
}
