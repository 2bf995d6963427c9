import {
  defaultPreferences,
  moveSection,
  normalizePreferences,
  type Preferences,
  type TextSize,
  toggleSection,
  toStored,
  withTextSize,
} from './preferences'

/**
 * The viewer's preferences as a small observable service: read them, change them, and hear about changes
 * at once (the Story reader re-lays out on a text-size change; Home re-orders its rows). Every change is
 * written to Storage straight away, so it survives a restart.
 *
 *   const off = services.preferences.subscribe((prefs) => this.applyTextSize(prefs.textSize))
 *   // …in _detach(): off()
 */
export interface PreferencesService {
  get(): Preferences
  /** Calls `listener` on every change (not immediately: read `get()` for the current value). */
  subscribe(listener: (preferences: Preferences) => void): () => void
  setTextSize(size: TextSize): ChangeResult
  toggleSection(id: string): ChangeResult
  moveSection(id: string, delta: -1 | 1): ChangeResult
  /** Breaking-news banners on or off. */
  setBreakingBanners(on: boolean): ChangeResult
  /** Back to the defaults: size M, every section visible in settings.json order. */
  reset(): ChangeResult
  /** Writes the current value again (after Storage has been cleared by "Reset cached data"). */
  persist(): boolean
}

export interface ChangeResult {
  /** False when the change was refused (e.g. hiding the last visible section) or changed nothing. */
  changed: boolean
  /** False when Storage would not take it (quota, private mode): the change still applies until restart. */
  saved: boolean
}

/** The part of the Storage wrapper (src/platform/sdk.ts) this needs. */
export interface PreferenceStorage {
  get(key: string): unknown
  set(key: string, value: unknown): boolean
}

export const PREFERENCES_KEY = 'preferences'

export function createPreferencesService(
  storage: PreferenceStorage,
  sectionIds: readonly string[],
  warn: (message: string) => void = () => undefined,
): PreferencesService {
  // Read lazily: the SDK's Storage only works once the app has launched.
  let current: Preferences | undefined
  const listeners = new Set<(preferences: Preferences) => void>()

  const get = (): Preferences => {
    if (!current) current = normalizePreferences(readStored(), sectionIds)
    return current
  }

  /** What was stored; a damaged copy counts as none (the defaults apply and the next change overwrites it). */
  const readStored = (): unknown => {
    try {
      return storage.get(PREFERENCES_KEY)
    } catch (error) {
      warn(`stored preferences could not be read (${String(error)}): using the defaults`)
      return null
    }
  }

  const persist = (): boolean => {
    let problem = 'storage full or unavailable'
    let saved = false
    try {
      saved = storage.set(PREFERENCES_KEY, toStored(get()))
    } catch (error) {
      // A storage that throws (quota) where the SDK's returns false: the same outcome for the viewer.
      problem = String(error)
    }
    if (!saved) {
      warn(`preferences could not be saved on this device (${problem}): they apply until the app restarts`)
    }
    return saved
  }

  const change = (next: (preferences: Preferences) => Preferences): ChangeResult => {
    const before = get()
    const after = next(before)
    if (after === before) return { changed: false, saved: true }
    current = after
    const saved = persist()
    for (const listener of [...listeners]) listener(after)
    return { changed: true, saved }
  }

  return {
    get,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    setTextSize: (size) => change((prefs) => (prefs.textSize === size ? prefs : withTextSize(prefs, size))),
    toggleSection: (id) => change((prefs) => toggleSection(prefs, id)),
    moveSection: (id, delta) => change((prefs) => moveSection(prefs, id, delta)),
    setBreakingBanners: (on) =>
      change((prefs) => (prefs.breakingBanners === on ? prefs : { ...prefs, breakingBanners: on })),
    reset: () => change(() => defaultPreferences(sectionIds)),
    persist,
  }
}
