import {
  type GuidancePreferences,
  type GuidanceRate,
  normalizeGuidance,
} from '../../data/guidancePreferences'
import { toStoredGuidance } from '../../data/guidanceStorage'
import type { ChangeResult, PreferenceStorage } from '../../data/preferencesService'
import type { Guidance } from './guidance'
import { GUIDANCE_KEY } from './guidanceGate'

/** Changing the voice guidance choices (Settings, the live page's captions): each change is saved at once. */
export interface GuidanceChoices {
  /** The choices as stored now, normalized. */
  current(): GuidancePreferences
  /** Writes them (again: after "Reset cached data" cleared Storage); false when the device would not. */
  save(value: GuidancePreferences): boolean
  setEnabled(on: boolean): ChangeResult
  setRate(rate: GuidanceRate): ChangeResult
  setCaptions(on: boolean): ChangeResult
}

export function guidanceChoices(
  guidance: Guidance,
  storage: PreferenceStorage,
  warn: (message: string) => void,
): GuidanceChoices {
  const save = (value: GuidancePreferences): boolean => {
    try {
      if (storage.set(GUIDANCE_KEY, toStoredGuidance(value))) return true
      warn('voice guidance choices could not be saved on this device: they apply until the app restarts')
    } catch (error) {
      warn(`voice guidance choices could not be saved (${String(error)})`)
    }
    return false
  }

  const change = (next: Partial<GuidancePreferences>): ChangeResult => {
    const before = normalizeGuidance(guidance.record())
    const after = { ...before, ...next }
    if (JSON.stringify(after) === JSON.stringify(before)) return { changed: false, saved: true }
    guidance.apply(after)
    return { changed: true, saved: save(after) }
  }

  return {
    current: () => normalizeGuidance(guidance.record()),
    save,
    setEnabled: (on) => change({ enabled: on }),
    setRate: (rate) => change({ rate }),
    setCaptions: (on) => change({ captions: on }),
  }
}
