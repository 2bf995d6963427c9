/**
 * The reading history as a small service over Storage: the Story page records visits, Home reads which
 * stories are read and which were left part-way each time it is shown, Settings clears it.
 * Every change is written at once, so it survives a restart; a damaged stored copy is dropped and reported.
 */
import {
  emptyHistory,
  isPartWay,
  parseReadingHistory,
  type ReadingEntry,
  type ReadingHistory,
  recordVisit,
} from './readingHistory'
import { type KeyValueStore, readStored } from './storage'

export const READING_HISTORY_KEY = 'readingHistory'

export interface ReadingHistoryService {
  get(): ReadingHistory
  entryFor(storyId: string): ReadingEntry | undefined
  isRead(storyId: string): boolean
  /** Stories left part-way, most recent first. */
  partWay(): ReadingEntry[]
  /** Records that the viewer is on `page` of `pages` of a story (opening it is a visit to its first page). */
  visit(visit: Omit<ReadingEntry, 'at'>): void
  /** Forgets everything read; false when Storage would not take the change (it still applies until restart). */
  clear(): boolean
  /** Writes `history` back (after Storage was emptied by "Reset cached data"); false when it would not fit. */
  restore(history: ReadingHistory): boolean
}

export function createReadingHistoryService(
  storage: KeyValueStore,
  clock: () => number,
  warn: (message: string) => void,
): ReadingHistoryService {
  // Read on first use, not at creation: the SDK's Storage is namespaced by the app id only once Launch ran.
  let loaded: { history: ReadingHistory; read: Set<string> } | undefined
  const state = (history?: ReadingHistory) => {
    const value = history ?? load(storage, warn)
    loaded = { history: value, read: new Set(value.entries.map((entry) => entry.storyId)) }
    return loaded
  }
  const current = () => loaded ?? state()
  const change = (next: ReadingHistory): boolean => {
    const { history } = state(next)
    const saved = storage.set(READING_HISTORY_KEY, history)
    if (!saved) warn('reading history: Storage would not take it (it applies until the app restarts)')
    return saved
  }
  return {
    get: () => current().history,
    entryFor: (storyId) => current().history.entries.find((entry) => entry.storyId === storyId),
    isRead: (storyId) => current().read.has(storyId),
    partWay: () => current().history.entries.filter(isPartWay),
    visit(visit) {
      const { history } = current()
      const previous = history.entries[0]
      // The same page again (a re-render, a text-size change that kept the page): nothing to write.
      if (
        previous?.storyId === visit.storyId &&
        previous.page === visit.page &&
        previous.pages === visit.pages
      ) {
        return
      }
      change(recordVisit(history, { ...visit, at: clock() }))
    },
    clear: () => change(emptyHistory()),
    restore: (history) => change(history),
  }
}

function load(storage: KeyValueStore, warn: (message: string) => void): ReadingHistory {
  return readStored(
    storage,
    READING_HISTORY_KEY,
    'reading history',
    (raw) => {
      const { history, problem } = parseReadingHistory(raw)
      return { value: history, problem }
    },
    warn,
  )
}
