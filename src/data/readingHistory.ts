/**
 * What the viewer has read: every opened story (so Home can mark its tile as read) and, for a story left
 * part-way, where (so "Continue reading" can open it there). Pure functions over a plain, versioned value,
 * newest first and capped, so the whole history stays a few kilobytes in Storage.
 */
import type { Anchor } from './paginate'

export const READING_HISTORY_VERSION = 1
/** Entries kept: a year of a few stories a day would be far more than Home ever shows. */
export const READING_HISTORY_CAP = 200

export interface ReadingEntry {
  storyId: string
  sectionId: string
  /** The page the viewer was on (0-based), out of `pages`, at their last visit. */
  page: number
  pages: number
  /** The start of that page in the text: survives a change of text size, which re-paginates. */
  anchor?: Anchor
  /** Epoch ms of the last visit. */
  at: number
}

export interface ReadingHistory {
  version: typeof READING_HISTORY_VERSION
  /** Newest visit first; one entry per story. */
  entries: ReadingEntry[]
}

export const emptyHistory = (): ReadingHistory => ({ version: READING_HISTORY_VERSION, entries: [] })

/** Left part-way: turned past the first page and not reached the last. */
export function isPartWay(entry: ReadingEntry): boolean {
  return entry.page > 0 && entry.page < entry.pages - 1
}

/** Records a visit (opening a story, or turning to a page of it): the entry moves to the front. */
export function recordVisit(history: ReadingHistory, visit: ReadingEntry): ReadingHistory {
  const others = history.entries.filter((entry) => entry.storyId !== visit.storyId)
  return { ...history, entries: [visit, ...others].slice(0, READING_HISTORY_CAP) }
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0

function isAnchor(value: unknown): value is Anchor {
  const anchor = value as Partial<Anchor> | null
  return typeof anchor === 'object' && anchor !== null && isCount(anchor.paragraph) && isCount(anchor.offset)
}

function isEntry(value: unknown): value is ReadingEntry {
  const entry = value as Partial<ReadingEntry> | null
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.storyId === 'string' &&
    typeof entry.sectionId === 'string' &&
    isCount(entry.page) &&
    isCount(entry.pages) &&
    entry.page < Math.max(1, entry.pages) &&
    typeof entry.at === 'number' &&
    Number.isFinite(entry.at) &&
    (entry.anchor === undefined || isAnchor(entry.anchor))
  )
}

/**
 * Reads a stored history back. Storage is untrusted (an older version, a hand edit, half a write): a value
 * of another version or shape is dropped whole with the reason, never half-used; nothing stored is empty.
 */
export function parseReadingHistory(raw: unknown): { history: ReadingHistory; problem?: string } {
  if (raw === null || raw === undefined) return { history: emptyHistory() }
  const value = raw as Partial<ReadingHistory>
  if (
    typeof value !== 'object' ||
    value.version !== READING_HISTORY_VERSION ||
    !Array.isArray(value.entries)
  ) {
    return { history: emptyHistory(), problem: 'the stored reading history is of another version or shape' }
  }
  if (!value.entries.every(isEntry)) {
    return { history: emptyHistory(), problem: 'the stored reading history has damaged entries' }
  }
  return {
    history: { version: READING_HISTORY_VERSION, entries: value.entries.slice(0, READING_HISTORY_CAP) },
  }
}
