import { type Detection, detectPlatform, PLATFORM_NAMES, type PlatformId } from './detect'
import { type ExitMethod, exitApp } from './exit'
import type { DeviceGlobals } from './globals'
import {
  applyKeyOverrides,
  desktopKeyMap,
  firetvKeyMap,
  type KeyMap,
  rdkKeyMap,
  tizenKeyMap,
  webosKeyMap,
} from './keymap'
import { parseKeyOverrides } from './keyOverrides'
import { registerTizenKeys } from './tizenKeys'

/**
 * The platform service: what the rest of the app knows about the device. Created once in main.ts and handed
 * down through Services. Pages never test `platform.id`; they react to key names and call `exit()`.
 */
export interface Platform {
  id: PlatformId
  /** For people: the About panel and the log. */
  name: string
  detection: Detection
  /** Final key map: the platform's, then settings.json's overrides. */
  keyMap: KeyMap
  /** Start-up work the device needs (Tizen key registration). Call once, before the first key matters. */
  start(): void
  /**
   * Leaves the app the platform's way. Announces it first with a `lightwire:exit` event on window
   * (`detail: { platform, method }`) so a host page — the browser TV emulator — can show what happened.
   */
  exit(closeApp: () => void): ExitMethod
}

export const KEY_MAPS: Readonly<Record<PlatformId, KeyMap>> = {
  desktop: desktopKeyMap,
  rdk: rdkKeyMap,
  tizen: tizenKeyMap,
  webos: webosKeyMap,
  firetv: firetvKeyMap,
}

export const EXIT_EVENT = 'lightwire:exit'

export interface PlatformSetup {
  globals: DeviceGlobals
  /** settings.json as read (unparsed): `platformSettings.keys` holds the key overrides. */
  rawSettings: unknown
  warn(message: string, error?: unknown): void
  info(message: string): void
}

export function createPlatform({ globals, rawSettings, warn, info }: PlatformSetup): {
  platform: Platform
  warnings: string[]
} {
  const detection = detectPlatform({
    query: new URLSearchParams(globals.location.search),
    userAgent: globals.navigator.userAgent ?? '',
    has: {
      tizen: typeof globals.tizen === 'object' && globals.tizen !== null,
      webOS: typeof globals.webOS === 'object' && globals.webOS !== null,
      PalmSystem: typeof globals.PalmSystem === 'object' && globals.PalmSystem !== null,
    },
  })
  const id = detection.id
  const { overrides, warnings } = parseKeyOverrides(rawSettings, id)
  if (detection.warning) warnings.unshift(detection.warning)
  const keyMap = applyKeyOverrides(KEY_MAPS[id], overrides)

  const platform: Platform = {
    id,
    name: PLATFORM_NAMES[id],
    detection,
    keyMap,
    start() {
      info(`Platform: ${PLATFORM_NAMES[id]} (${detection.reason})`)
      if (id === 'tizen') registerTizenKeys(globals.tizen, keyMap, warn)
    },
    exit(closeApp) {
      return exitApp({
        platform: id,
        globals,
        warn,
        closeApp,
        // Announced before each call: after a successful exit there may be no JavaScript left to run.
        beforeAttempt: (method) => {
          try {
            globals.dispatchEvent(new CustomEvent(EXIT_EVENT, { detail: { platform: id, method } }))
          } catch (error) {
            warn('could not announce the exit', error)
          }
        },
      })
    },
  }
  return { platform, warnings }
}
