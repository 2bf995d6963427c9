/**
 * The reader's side of the viewer's text size (S/M/L). The value itself lives in the preferences
 * (preferences.ts, persisted by preferencesService.ts, also changed on the Settings screen); the Story reader
 * depends only on this small interface, so its tests can hand it a plain object.
 */
import { TEXT_SIZES, type TextSize } from './preferences'

export { DEFAULT_TEXT_SIZE, isTextSize, TEXT_SIZES, type TextSize } from './preferences'

/** What the reader needs from the preferences: read the size, change it (persisted). */
export interface TextSizePreference {
  get(): TextSize
  set(size: TextSize): void
}

/** The next size up or down, stopping at the ends. */
export function stepTextSize(size: TextSize, step: -1 | 1): TextSize {
  const index = TEXT_SIZES.indexOf(size) + step
  return TEXT_SIZES[Math.max(0, Math.min(TEXT_SIZES.length - 1, index))] ?? size
}
