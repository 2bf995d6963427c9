/**
 * `appSettings.breaking`, read with the rest of settings.json at start-up (settings.ts), apart from the
 * breaking-news rules themselves (breaking.ts), which load later.
 */

export interface BreakingSettings {
  /** Only stories published this recently raise the banner (default 60). */
  maxAgeMinutes: number
  /** The banner goes by itself after this long (default 20). */
  showSeconds: number
}

export const DEFAULT_BREAKING: BreakingSettings = { maxAgeMinutes: 60, showSeconds: 20 }

/** Reads `appSettings.breaking`; out-of-range values fall back to the default with a warning. */
export function parseBreakingSettings(raw: unknown, warnings: string[]): BreakingSettings {
  if (raw === undefined || raw === null) return { ...DEFAULT_BREAKING }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warnings.push('appSettings.breaking must be an object: using the defaults')
    return { ...DEFAULT_BREAKING }
  }
  const value = raw as Record<string, unknown>
  const settings = { ...DEFAULT_BREAKING }
  const ranges = [
    ['maxAgeMinutes', 1, 24 * 60],
    ['showSeconds', 3, 600],
  ] as const
  for (const [key, min, max] of ranges) {
    const given = value[key]
    if (given === undefined) continue
    if (typeof given === 'number' && given >= min && given <= max) settings[key] = given
    else
      warnings.push(
        `appSettings.breaking.${key} must be a number from ${min} to ${max}: using ${settings[key]}`,
      )
  }
  return settings
}
