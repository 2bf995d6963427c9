import type { TizenGlobal } from './globals'
import { type KeyMap, TIZEN_KEY_NAMES } from './keymap'

/**
 * Tizen delivers media, colour, channel and Tools keys to a web app only after it registers them by name
 * through `tizen.tvinputdevice`. Registers every such key the final key map uses (so a settings.json
 * override that maps one also gets it delivered). Uses registerKeyBatch where the firmware has it, else one
 * registerKey per key; a key the device refuses is reported, and the others still register.
 */
export function registerTizenKeys(
  tizen: TizenGlobal | undefined,
  keyMap: KeyMap,
  warn: (message: string, error?: unknown) => void,
): string[] {
  const input = tizen?.tvinputdevice
  if (!input) return []
  const names = Object.keys(keyMap)
    .map((code) => TIZEN_KEY_NAMES[Number(code)])
    .filter((name): name is string => name !== undefined)
  if (names.length === 0) return []

  if (input.registerKeyBatch) {
    try {
      input.registerKeyBatch(names, undefined, (error) => warn('Tizen refused some remote keys', error))
      return names
    } catch (error) {
      warn('tizen.tvinputdevice.registerKeyBatch failed: registering keys one by one', error)
    }
  }
  const registered: string[] = []
  for (const name of names) {
    try {
      input.registerKey?.(name)
      registered.push(name)
    } catch (error) {
      warn(`Tizen refused the ${name} key`, error)
    }
  }
  return registered
}
