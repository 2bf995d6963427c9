/**
 * Persistence the data layer needs, as an interface: the app passes the SDK's Storage (see
 * src/platform/sdk.ts, which has the same shape), tests pass a Map. Values are JSON-able.
 */
export interface KeyValueStore {
  /** The stored value, or null; throws when something is stored but cannot be read (damaged JSON). */
  get(key: string): unknown
  /** Returns false when the value could not be stored (quota, private mode…). */
  set(key: string, value: unknown): boolean
  remove(key: string): void
}

/** The app's whole namespace, which Settings → "Reset cached data" can empty. */
export interface ClearableStore extends KeyValueStore {
  /** Removes every key of this app's namespace (and nothing of other apps on the device). */
  clear(): void
}

/**
 * Reads one stored value through `parse`. What cannot be read (damaged JSON) or parsed (another shape or
 * version) is removed, and `warn` hears why as "<what>: <problem>: discarded"; `parse` then gives the default.
 */
export function readStored<T>(
  storage: KeyValueStore,
  key: string,
  what: string,
  parse: (raw: unknown) => { value: T; problem?: string },
  warn: (message: string) => void,
): T {
  let raw: unknown
  try {
    raw = storage.get(key)
  } catch (error) {
    raw = { damaged: String(error) }
  }
  const { value, problem } = parse(raw)
  if (problem) {
    warn(`${what}: ${problem}: discarded`)
    storage.remove(key)
  }
  return value
}

/** An in-memory store: tests, and feed:check (which persists nothing). */
export function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore {
  const values = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]))
  return {
    get: (key) => {
      const value = values.get(key)
      return value === undefined ? null : (JSON.parse(value) as unknown)
    },
    set: (key, value) => {
      values.set(key, JSON.stringify(value))
      return true
    },
    remove: (key) => {
      values.delete(key)
    },
  }
}
