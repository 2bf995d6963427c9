/**
 * The viewer's voice guidance choices, stored apart from the other preferences (their own versioned record
 * under `guidance`), so a device that never used guidance stores nothing and an old record stays readable.
 * `enabled` undefined means "not chosen yet": the TV's own voice-guide setting decides, else off.
 * Only lazily loaded code reads the record through here: start-up only asks "is it on?" (guidance.ts).
 */
export const GUIDANCE_RATES = ['slow', 'normal', 'fast', 'faster'] as const
export type GuidanceRate = (typeof GUIDANCE_RATES)[number]

export interface GuidancePreferences {
  enabled: boolean | undefined
  rate: GuidanceRate
  /** Captions on the live channel (issue 14): remembered with the other accessibility choices. */
  captions: boolean
}

export const DEFAULT_GUIDANCE: GuidancePreferences = { enabled: undefined, rate: 'normal', captions: false }

export function isGuidanceRate(value: unknown): value is GuidanceRate {
  return typeof value === 'string' && (GUIDANCE_RATES as readonly string[]).includes(value)
}

/** Anything unreadable counts as "not chosen": nothing here throws. */
export function normalizeGuidance(raw: unknown): GuidancePreferences {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_GUIDANCE
  const record = raw as Record<string, unknown>
  return {
    enabled: typeof record.enabled === 'boolean' ? record.enabled : undefined,
    rate: isGuidanceRate(record.rate) ? record.rate : DEFAULT_GUIDANCE.rate,
    captions: record.captions === true,
  }
}
