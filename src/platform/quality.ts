/**
 * Drawing quality (issue 13, `platformSettings.quality`): how much the app draws per frame.
 * - `high`: the full look (backdrop photo, focus animations, 1080p rendering).
 * - `low`: no backdrop, lighter animations, and a 720p render scaled up by the browser, as TV UIs do on
 *   weak GPUs: 2.25× fewer pixels a frame.
 * - `auto` (default): starts at the level this device measured last time (high the first time), watches the
 *   first frames Home animates, and steps down to low when they are slow. The backdrop and animations
 *   change at once; the render resolution is chosen when the stage is made, so it follows from the next start.
 * `?quality=auto|high|low` in the URL overrides settings.json (tests, the emulator, the bench).
 * No Lightning here: the frame watch that feeds `isSlow` is in frameWatch.ts.
 */

import { isQualitySetting, QUALITY_SETTINGS, type QualityLevel, type QualitySetting } from '../data/settings'

export type { QualityLevel, QualitySetting }

/** The setting in force: the URL's when it is a valid one (reported when not), else settings.json's. */
export function chooseQuality(
  fromUrl: string | null,
  fromSettings: QualitySetting,
  warn: (message: string) => void,
): QualitySetting {
  if (fromUrl === null) return fromSettings
  if (isQualitySetting(fromUrl)) return fromUrl
  warn(`?quality=${fromUrl} is not one of ${QUALITY_SETTINGS.join(', ')}: ignored`)
  return fromSettings
}

/** The level to start at: a forced one, or for auto what this device measured before (high at first). */
export function startLevel(setting: QualitySetting, remembered: unknown): QualityLevel {
  if (setting !== 'auto') return setting
  return remembered === 'low' ? 'low' : 'high'
}

/**
 * Whether frames drawn back to back are too slow for the full look: their median interval is over
 * `thresholdMs`. The default, 25 ms, is below 40 frames a second: a device that cannot draw Home's
 * animations at 40 fps at full quality is better served at 60 (or 30 steady) with less drawn.
 */
export function isSlow(frameIntervalsMs: readonly number[], thresholdMs = 25): boolean {
  if (frameIntervalsMs.length === 0) return false
  const sorted = [...frameIntervalsMs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return median > thresholdMs
}

export interface Quality {
  readonly setting: QualitySetting
  level(): QualityLevel
  /** Told when the level changes (auto stepping down). Returns an unsubscribe. */
  subscribe(listener: (level: QualityLevel) => void): () => void
  /** Auto only: step down to low now, and remember it for the next start. A forced level never changes. */
  stepDown(): void
}

export interface QualityMemory {
  read(): unknown
  write(level: QualityLevel): void
}

export function createQuality(setting: QualitySetting, memory: QualityMemory): Quality {
  let level = startLevel(setting, memory.read())
  const listeners = new Set<(level: QualityLevel) => void>()
  return {
    setting,
    level: () => level,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    stepDown() {
      if (setting !== 'auto' || level === 'low') return
      level = 'low'
      memory.write('low')
      for (const listener of listeners) listener(level)
    },
  }
}
