import { type KeyValueStore, memoryStore } from '../src/data/storage'

/**
 * A Storage over `base` that counts reads of one key (how often a reader goes back to storage) and, with
 * `accept` false, refuses every write (a full or read-only device).
 */
export function countingStore(key: string, base: KeyValueStore = memoryStore(), accept = true) {
  const calls = { reads: 0 }
  const storage: KeyValueStore = {
    get: (asked) => {
      if (asked === key) calls.reads++
      return base.get(asked)
    },
    set: (asked, value) => accept && base.set(asked, value),
    remove: (asked) => base.remove(asked),
  }
  return { storage, base, calls }
}
