/**
 * Which TV platform the app runs on. Decided once at start-up from, in order:
 * 1. `?platform=<id>` in the URL — the browser TV emulator (and QA) use it to emulate a device;
 * 2. the platform's own global object (`tizen`, `webOS` / `PalmSystem`) when present;
 * 3. the user agent.
 * Pure: the caller passes what it read from `window`, so every rule is tested in node with fakes.
 */

export const PLATFORM_IDS = ['desktop', 'rdk', 'tizen', 'webos', 'firetv'] as const
export type PlatformId = (typeof PLATFORM_IDS)[number]

export const PLATFORM_NAMES: Readonly<Record<PlatformId, string>> = {
  desktop: 'Desktop browser',
  rdk: 'RDK / WPE set-top box',
  tizen: 'Samsung Tizen',
  webos: 'LG webOS',
  firetv: 'Amazon Fire TV',
}

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (PLATFORM_IDS as readonly string[]).includes(value)
}

export interface DetectionInput {
  /** `location.search` parsed. */
  query: URLSearchParams
  userAgent: string
  /** Which platform globals exist (their presence is a stronger signal than the user agent). */
  has: { tizen: boolean; webOS: boolean; PalmSystem: boolean }
}

export interface Detection {
  id: PlatformId
  /** How it was decided, for the log and the About panel. */
  reason: 'query' | 'global' | 'user-agent' | 'default'
  warning?: string
}

/** Samsung: "SMART-TV; Linux; Tizen 6.0". */
const TIZEN_UA = /\bTizen\b/i
/** LG: "Web0S; Linux/SmartTV" (with a zero) or older "webOS.TV". */
const WEBOS_UA = /\bWeb0S\b|\bwebOS\b/i
/** Fire TV device models: AFTS, AFTMM, AFTKA… ("Android 9; AFTKA Build/…"). */
const FIRETV_UA = /\bAFT[A-Z0-9]*\b/
/** WPE WebKit on RDK boxes: "… Safari/605.1.15 WPE", "WPEWebKit/2.38", or an explicit RDK token. */
const RDK_UA = /\bWPE(?:WebKit)?\b|\bRDK\b/i

export function detectPlatform(input: DetectionInput): Detection {
  const forced = input.query.get('platform')
  let warning: string | undefined
  if (forced !== null) {
    const id = forced.trim().toLowerCase()
    if (isPlatformId(id)) return { id, reason: 'query' }
    warning = `?platform=${forced} is not one of ${PLATFORM_IDS.join(', ')}: detecting the platform instead`
  }
  const detected = detectFromDevice(input)
  return warning ? { ...detected, warning } : detected
}

function detectFromDevice({ userAgent, has }: DetectionInput): Detection {
  if (has.tizen) return { id: 'tizen', reason: 'global' }
  if (has.webOS || has.PalmSystem) return { id: 'webos', reason: 'global' }
  if (TIZEN_UA.test(userAgent)) return { id: 'tizen', reason: 'user-agent' }
  if (WEBOS_UA.test(userAgent)) return { id: 'webos', reason: 'user-agent' }
  if (FIRETV_UA.test(userAgent)) return { id: 'firetv', reason: 'user-agent' }
  if (RDK_UA.test(userAgent)) return { id: 'rdk', reason: 'user-agent' }
  return { id: 'desktop', reason: 'default' }
}
