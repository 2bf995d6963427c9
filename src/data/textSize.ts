/**
 * The reader's text size (S/M/L): chosen in the story (or on the Settings screen, issue #6) and remembered
 * on the device. The reader depends only on `TextSizePreference`; the Settings engineer's preferences
 * service can satisfy it, and `createTextSizePreference` is a minimal implementation over any key/value
 * store (the SDK's Storage in the app, a Map in tests).
 */

export type TextSize = 'S' | 'M' | 'L'

export const TEXT_SIZES: readonly TextSize[] = ['S', 'M', 'L']

export const DEFAULT_TEXT_SIZE: TextSize = 'M'

/** What the reader needs from the preferences: read the size, change it (persisted). */
export interface TextSizePreference {
  get(): TextSize
  set(size: TextSize): void
}

/** Structural subset of `KeyValueStore` (src/platform/sdk.ts) so data/ stays free of the SDK. */
export interface PreferenceStorage {
  get(key: string): unknown
  set(key: string, value: unknown): boolean
}

export const TEXT_SIZE_KEY = 'textSize'

export function isTextSize(value: unknown): value is TextSize {
  return value === 'S' || value === 'M' || value === 'L'
}

/**
 * A preference kept in `storage` under `textSize`. A missing or corrupt value reads as the default; a failed
 * write (quota, private mode) still changes the size for this session and is reported to `onError`.
 */
export function createTextSizePreference(
  storage: PreferenceStorage,
  onError: (message: string) => void = () => undefined,
): TextSizePreference {
  let current: TextSize | undefined
  return {
    get() {
      if (current) return current
      let stored: unknown
      try {
        stored = storage.get(TEXT_SIZE_KEY)
      } catch (error) {
        onError(`text size could not be read: ${String(error)}`)
      }
      current = isTextSize(stored) ? stored : DEFAULT_TEXT_SIZE
      return current
    },
    set(size) {
      current = size
      let saved = false
      try {
        saved = storage.set(TEXT_SIZE_KEY, size)
      } catch (error) {
        onError(`text size could not be saved: ${String(error)}`)
        return
      }
      if (!saved) onError('text size could not be saved: storage refused it')
    },
  }
}

/** The next size up or down, stopping at the ends. */
export function stepTextSize(size: TextSize, step: -1 | 1): TextSize {
  const index = TEXT_SIZES.indexOf(size) + step
  return TEXT_SIZES[Math.max(0, Math.min(TEXT_SIZES.length - 1, index))]!
}
