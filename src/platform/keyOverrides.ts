import { isPlatformId, type PlatformId } from './detect'
import { isKeyName, KEY_NAMES, type KeyName } from './keymap'

/**
 * `platformSettings.keys` in settings.json: operators fix a remote that sends unusual codes without a
 * rebuild. Codes at the top level apply on every platform; a platform id holds codes for that platform only
 * (applied after the shared ones). A name maps the code, `null` unmaps it:
 *
 *   "keys": { "113": "Menu", "tizen": { "10135": null, "10133": "Menu" } }
 *
 * Mistakes are skipped with a warning; the rest still applies.
 */

export type KeyOverrides = Readonly<Record<number, KeyName | null>>

export interface ParsedKeyOverrides {
  overrides: KeyOverrides
  warnings: string[]
}

const CODE = /^\d{1,6}$/

type Obj = Record<string, unknown>
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function readCode(
  code: string,
  value: unknown,
  where: string,
  into: Record<number, KeyName | null>,
  warnings: string[],
) {
  if (!CODE.test(code)) {
    warnings.push(`${where}: "${code}" is not a key code (a whole number): skipped`)
    return
  }
  if (value !== null && !isKeyName(value)) {
    warnings.push(
      `${where}.${code}: "${String(value)}" is not one of ${KEY_NAMES.join(', ')} or null: skipped`,
    )
    return
  }
  into[Number(code)] = value
}

/** Reads the overrides that apply on `platform` from the raw (unparsed) settings.json object. */
export function parseKeyOverrides(rawSettings: unknown, platform: PlatformId): ParsedKeyOverrides {
  const warnings: string[] = []
  const shared: Record<number, KeyName | null> = {}
  const own: Record<number, KeyName | null> = {}
  const platformSettings = isObj(rawSettings) ? rawSettings.platformSettings : undefined
  const keys = isObj(platformSettings) ? platformSettings.keys : undefined
  if (keys === undefined) return { overrides: {}, warnings }
  if (!isObj(keys)) {
    warnings.push('platformSettings.keys must be an object of key code → key name: ignored')
    return { overrides: {}, warnings }
  }
  for (const [entry, value] of Object.entries(keys)) {
    if (isPlatformId(entry)) {
      if (!isObj(value)) {
        warnings.push(`platformSettings.keys.${entry} must be an object of key code → key name: ignored`)
        continue
      }
      // Every platform's block is checked, so a typo shows up on the desktop too, but only ours applies.
      const target = entry === platform ? own : {}
      for (const [code, name] of Object.entries(value)) {
        readCode(code, name, `platformSettings.keys.${entry}`, target, warnings)
      }
    } else {
      readCode(entry, value, 'platformSettings.keys', shared, warnings)
    }
  }
  return { overrides: { ...shared, ...own }, warnings }
}
