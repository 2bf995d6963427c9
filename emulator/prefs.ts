/**
 * The emulator's own choices (platform, resolution, overlays, the pasted feed), kept across page reloads in
 * localStorage under one key of its own — the app's Storage namespace, which "Reload, cache cleared"
 * empties, is never touched. The page's query string wins over what was stored, so QA scripts and
 * bookmarks can open it in a known state: `/emulator/?platform=tizen&resolution=720p&build=legacy&safe-area`.
 */
import { isLanguage, type Language } from '../src/i18n/languageCodes'
import { isPlatformId, type PlatformId } from '../src/platform/detect'
import type { Build, ExtraFeed, Resolution } from './tvUrl'

export interface EmulatorPrefs {
  platform: PlatformId
  /** The app's interface language (`?lang=`), or undefined for the app's own choice (settings, device). */
  language?: Language
  resolution: Resolution
  build: Build
  safeArea: boolean
  focusOutline: boolean
  fps: boolean
  /** Voice guidance forced on in the app (`?guidance=on`). */
  guidance: boolean
  feed?: ExtraFeed
}

export const PREFS_KEY = 'lightwire-emulator'

export const DEFAULT_PREFS: EmulatorPrefs = {
  platform: 'desktop',
  resolution: '1080p',
  build: 'modern',
  safeArea: false,
  focusOutline: true,
  fps: true,
  guidance: false,
}

const isResolution = (value: unknown): value is Resolution => value === '1080p' || value === '720p'
const isBuild = (value: unknown): value is Build => value === 'modern' || value === 'legacy'

function readFeed(value: unknown): ExtraFeed | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { url, title } = value as { url?: unknown; title?: unknown }
  return typeof url === 'string' && typeof title === 'string' ? { url, title } : undefined
}

/** Stored JSON (possibly missing or broken) → prefs; anything unreadable falls back to the default. */
export function parsePrefs(stored: string | null): EmulatorPrefs {
  let raw: Record<string, unknown> = {}
  try {
    const value: unknown = stored ? JSON.parse(stored) : {}
    if (typeof value === 'object' && value !== null) raw = value as Record<string, unknown>
  } catch {
    raw = {}
  }
  const feed = readFeed(raw.feed)
  return {
    platform: isPlatformId(raw.platform) ? raw.platform : DEFAULT_PREFS.platform,
    ...(isLanguage(raw.language) ? { language: raw.language } : {}),
    resolution: isResolution(raw.resolution) ? raw.resolution : DEFAULT_PREFS.resolution,
    build: isBuild(raw.build) ? raw.build : DEFAULT_PREFS.build,
    safeArea: typeof raw.safeArea === 'boolean' ? raw.safeArea : DEFAULT_PREFS.safeArea,
    focusOutline: typeof raw.focusOutline === 'boolean' ? raw.focusOutline : DEFAULT_PREFS.focusOutline,
    fps: typeof raw.fps === 'boolean' ? raw.fps : DEFAULT_PREFS.fps,
    guidance: typeof raw.guidance === 'boolean' ? raw.guidance : DEFAULT_PREFS.guidance,
    ...(feed ? { feed } : {}),
  }
}

/** `?platform=tizen&lang=ar&resolution=720p&build=legacy&safe-area&focus-outline=0&fps=1&guidance` on the emulator page. */
export function applyQuery(prefs: EmulatorPrefs, query: URLSearchParams): EmulatorPrefs {
  const flag = (name: string, current: boolean) => {
    const value = query.get(name)
    if (value === null) return current
    return value !== '0' && value !== 'false'
  }
  const platform = query.get('platform')
  const resolution = query.get('resolution')
  const build = query.get('build')
  const language = query.get('lang')
  return {
    ...prefs,
    platform: isPlatformId(platform) ? platform : prefs.platform,
    ...(isLanguage(language) ? { language } : {}),
    resolution: isResolution(resolution) ? resolution : prefs.resolution,
    build: isBuild(build) ? build : prefs.build,
    safeArea: flag('safe-area', prefs.safeArea),
    focusOutline: flag('focus-outline', prefs.focusOutline),
    fps: flag('fps', prefs.fps),
    guidance: flag('guidance', prefs.guidance),
  }
}
