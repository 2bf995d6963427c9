import { GUIDANCE_KEY, type GuidancePreferences, type GuidanceRate } from '../../data/guidancePreferences'
import { toStoredGuidance } from '../../data/guidanceStorage'
import type { ChangeResult, PreferenceStorage } from '../../data/preferencesService'
import type { Guidance } from './guidance'

/** Changing the voice guidance choices (Settings, the live page's captions): each change is saved at once. */
export interface GuidanceChoices {
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
    const before = guidance.preferences()
    const after = { ...before, ...next }
    if (JSON.stringify(after) === JSON.stringify(before)) return { changed: false, saved: true }
    guidance.apply(after)
    return { changed: true, saved: save(after) }
  }

  return {
    setEnabled: (on) => change({ enabled: on }),
    setRate: (rate) => change({ rate }),
    setCaptions: (on) => change({ captions: on }),
  }
}
