import type { GuidancePreferences, GuidanceRate } from './guidancePreferences'

/**
 * Writing the voice guidance choices, and the engines' speeds for each rate: used only by the lazily loaded
 * code (Settings, the live page, the speech chunk), so they stay out of the start-up bundle.
 */
export interface StoredGuidance {
  version: 1
  enabled?: boolean
  rate: GuidanceRate
  captions: boolean
}

export function toStoredGuidance(value: GuidancePreferences): StoredGuidance {
  return {
    version: 1,
    ...(value.enabled === undefined ? {} : { enabled: value.enabled }),
    rate: value.rate,
    captions: value.captions,
  }
}

/** Each named rate as the speech engines take it (1 is the voice's own speed). */
export const SPEECH_RATES: Readonly<Record<GuidanceRate, number>> = {
  slow: 0.75,
  normal: 1,
  fast: 1.25,
  faster: 1.5,
}
