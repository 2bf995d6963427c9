import { describe, expect, it } from 'vitest'
import {
  emptyHistory,
  isPartWay,
  parseReadingHistory,
  READING_HISTORY_CAP,
  type ReadingEntry,
  recordVisit,
} from '../../../src/data/readingHistory'
import { createReadingHistoryService, READING_HISTORY_KEY } from '../../../src/data/readingHistoryService'
import { memoryStore } from '../../../src/data/storage'

const visit = (storyId: string, page: number, pages = 5): Omit<ReadingEntry, 'at'> => ({
  storyId,
  sectionId: 'top',
  page,
  pages,
  ...(page > 0 ? { anchor: { paragraph: page * 3, offset: 0 } } : {}),
})

/** A reading-history service over `storage` at a fixed clock, with the warnings it gives. */
function serviceOver(storage: Parameters<typeof createReadingHistoryService>[0]) {
  const warnings: string[] = []
  const service = createReadingHistoryService(
    storage,
    () => 1,
    (message) => warnings.push(message),
  )
  return { service, warnings }
}

describe('reading history: what counts as part-way', () => {
  it('is a story turned past its first page and not finished', () => {
    expect(isPartWay({ ...visit('a', 0), at: 1 })).toBe(false)
    expect(isPartWay({ ...visit('a', 1), at: 1 })).toBe(true)
    expect(isPartWay({ ...visit('a', 3), at: 1 })).toBe(true)
    expect(isPartWay({ ...visit('a', 4), at: 1 })).toBe(false)
    expect(isPartWay({ ...visit('a', 0, 1), at: 1 })).toBe(false)
  })

  it('keeps one entry per story, newest first, and no more than the cap', () => {
    let history = emptyHistory()
    for (let n = 0; n < READING_HISTORY_CAP + 25; n++)
      history = recordVisit(history, { ...visit(`s${n}`, 0), at: n })
    history = recordVisit(history, { ...visit('s30', 2), at: 999 })
    expect(history.entries).toHaveLength(READING_HISTORY_CAP)
    expect(history.entries[0]).toMatchObject({ storyId: 's30', page: 2 })
    expect(history.entries.filter((entry) => entry.storyId === 's30')).toHaveLength(1)
    // The oldest visits were the ones let go.
    expect(history.entries.some((entry) => entry.storyId === 's0')).toBe(false)
    expect(history.entries.at(-1)?.storyId).not.toBe('s30')
  })
})

describe('reading history: stored copies', () => {
  it('reads back what it wrote, across a restart', () => {
    const storage = memoryStore()
    let now = 1000
    const first = createReadingHistoryService(
      storage,
      () => now,
      () => undefined,
    )
    first.visit(visit('a', 0))
    now = 2000
    first.visit(visit('a', 2))
    first.visit(visit('b', 0))
    const again = createReadingHistoryService(
      storage,
      () => now,
      () => undefined,
    )
    expect(again.isRead('a')).toBe(true)
    expect(again.isRead('b')).toBe(true)
    expect(again.isRead('c')).toBe(false)
    expect(again.partWay().map((entry) => [entry.storyId, entry.page, entry.anchor])).toEqual([
      ['a', 2, { paragraph: 6, offset: 0 }],
    ])
    expect(again.entryFor('a')?.at).toBe(2000)
  })

  it.each([
    ['another version', { version: 99, entries: [] }],
    ['not an object', 'oops'],
    ['entries that are not a list', { version: 1, entries: {} }],
    [
      'a damaged entry',
      { version: 1, entries: [{ storyId: 'a', sectionId: 'top', page: 7, pages: 3, at: 1 }] },
    ],
    [
      'an entry with a bad anchor',
      { version: 1, entries: [{ ...visit('a', 1), at: 1, anchor: { paragraph: -1 } }] },
    ],
  ])('drops %s whole, says so, and removes it from Storage', (_label, stored) => {
    const storage = memoryStore({ [READING_HISTORY_KEY]: stored })
    const { service, warnings } = serviceOver(storage)
    expect(service.get().entries).toEqual([])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/reading history: .*discarded/)
    expect(storage.get(READING_HISTORY_KEY)).toBeNull()
  })

  it('treats a value Storage cannot parse as damaged too', () => {
    const storage = {
      ...memoryStore(),
      get: () => {
        throw new Error('Unexpected token')
      },
    }
    const { service, warnings } = serviceOver(storage)
    expect(service.get().entries).toEqual([])
    expect(warnings[0]).toMatch(/discarded/)
  })

  it('keeps no more than the cap in Storage', () => {
    const storage = memoryStore()
    const service = createReadingHistoryService(
      storage,
      () => 1,
      () => undefined,
    )
    for (let n = 0; n < READING_HISTORY_CAP + 10; n++) service.visit(visit(`s${n}`, 1))
    expect(parseReadingHistory(storage.get(READING_HISTORY_KEY)).history.entries).toHaveLength(
      READING_HISTORY_CAP,
    )
  })

  it('clears everything, and writes nothing for a repeated page', () => {
    const values = new Map<string, unknown>()
    let writes = 0
    const storage = {
      get: (key: string) => values.get(key) ?? null,
      set: (key: string, value: unknown) => {
        writes++
        values.set(key, value)
        return true
      },
      remove: (key: string) => void values.delete(key),
    }
    const service = createReadingHistoryService(
      storage,
      () => 1,
      () => undefined,
    )
    service.visit(visit('a', 1))
    service.visit(visit('a', 1))
    expect(writes).toBe(1)
    expect(service.clear()).toBe(true)
    expect(writes).toBe(2)
    expect(service.isRead('a')).toBe(false)
    expect(parseReadingHistory(storage.get(READING_HISTORY_KEY)).history.entries).toEqual([])
  })
})
