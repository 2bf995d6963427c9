/**
 * settings.json, typed and checked. Operators edit this file by hand, so every key has a default and every
 * mistake becomes a warning (logged at start-up) rather than a crash. Pure: no Lightning, no DOM.
 */
import { type BreakingSettings, parseBreakingSettings } from './breakingSettings'
import { isAbsoluteHttpUrl } from './url'

export interface SectionSettings {
  /** Used in automation ids (`row-<id>`) and story ids: lower-case letters, digits and dashes. */
  id: string
  title: string
  /** Absolute http(s) URL, or a path relative to the app (bundled feeds). */
  url: string
  /** A breaking-news feed: its recent stories raise the banner (src/data/breaking.ts). */
  breaking?: boolean
}

export interface LiveSettings {
  title: string
  url: string
  poster?: string
  /** Reconnect when the picture has not moved for this long (default 10). */
  stallSeconds?: number
  /** Reconnects before the screen asks the viewer to Retry (default 5). */
  reconnectAttempts?: number
  /** Wait before the first reconnect; doubles each time (default 1). */
  reconnectDelaySeconds?: number
}

export interface AppSettings {
  id: string
  version: string
  stage: { w: number; h: number }
  sections: SectionSettings[]
  refreshMinutes: number
  /** Stories kept per section, newest first. parseSettings always sets it (default 50); optional in the type so
   * hand-made settings in tests stay valid. */
  maxStoriesPerSection?: number
  live?: LiveSettings
  /** Breaking-news banner tuning; parseSettings always sets it (optional so hand-made settings stay valid). */
  breaking?: BreakingSettings
  /**
   * The operator's UI language ("ar", "fr-CA"…): what the app speaks unless the viewer chose another in
   * Settings or the URL forces one (src/i18n/chooseLanguage.ts). Absent: the device's language, else English.
   */
  language?: string
}

/** How much the app draws per frame (src/platform/quality.ts). */
export type QualityLevel = 'high' | 'low'
export type QualitySetting = 'auto' | QualityLevel
export const QUALITY_SETTINGS: readonly QualitySetting[] = ['auto', 'high', 'low']

export function isQualitySetting(value: unknown): value is QualitySetting {
  return typeof value === 'string' && (QUALITY_SETTINGS as readonly string[]).includes(value)
}

export interface PlatformSettings {
  /** Where `Utils.asset()` resolves from. */
  path: string
  inspector: boolean
  /** Prefix for feeds without CORS headers, e.g. `/proxy`; empty means fetch directly. */
  proxyUrl: string
  log: boolean
  /** Storage namespace (the SDK's Storage reads `platformSettings.id`). */
  id: string
  /** Drawing quality: `auto` (default) measures the device, `high` and `low` force a level. */
  quality: QualitySetting
}

export interface LightwireSettings {
  appSettings: AppSettings
  platformSettings: PlatformSettings
  warnings: string[]
}

const SECTION_ID = /^[a-z0-9][a-z0-9-]{0,31}$/
const DEFAULT_REFRESH_MINUTES = 10
const DEFAULT_MAX_STORIES = 50

type Obj = Record<string, unknown>

const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const str = (value: unknown, fallback: string): string =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback

/** Only http(s) URLs and paths relative to the app are ever loaded (no javascript:, data:, file: …). */
export function isLoadableUrl(url: string): boolean {
  if (isAbsoluteHttpUrl(url)) return true
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//')
}

function parseSection(raw: unknown, index: number, seen: Set<string>, warnings: string[]) {
  const where = `appSettings.sections[${index}]`
  if (!isObj(raw)) {
    warnings.push(`${where} is not an object: skipped`)
    return undefined
  }
  const id = str(raw.id, '')
  const url = str(raw.url, '')
  if (!SECTION_ID.test(id)) {
    warnings.push(`${where}.id "${id}" must be lower-case letters, digits and dashes: skipped`)
    return undefined
  }
  if (seen.has(id)) {
    warnings.push(`${where}.id "${id}" is used twice: skipped`)
    return undefined
  }
  if (!url || !isLoadableUrl(url)) {
    warnings.push(`${where}.url "${url}" is not an http(s) or relative URL: skipped`)
    return undefined
  }
  seen.add(id)
  const title = str(raw.title, id)
  return { id, title, url, ...(raw.breaking === true ? { breaking: true } : {}) }
}

function parseLive(raw: unknown, warnings: string[]): LiveSettings | undefined {
  if (raw === undefined || raw === null) return undefined
  if (!isObj(raw) || !str(raw.url, '') || !isLoadableUrl(str(raw.url, ''))) {
    warnings.push('appSettings.live needs an http(s) or relative "url": live channel disabled')
    return undefined
  }
  const poster = str(raw.poster, '')
  const tuning: Partial<LiveSettings> = {}
  const numbers = [
    ['stallSeconds', 1, 120],
    ['reconnectAttempts', 0, 50],
    ['reconnectDelaySeconds', 0.1, 60],
  ] as const
  for (const [key, min, max] of numbers) {
    const value = raw[key]
    if (value === undefined) continue
    if (typeof value === 'number' && value >= min && value <= max) tuning[key] = value
    else warnings.push(`appSettings.live.${key} must be a number from ${min} to ${max}: using the default`)
  }
  return {
    title: str(raw.title, 'Live'),
    url: str(raw.url, ''),
    ...(poster && isLoadableUrl(poster) ? { poster } : {}),
    ...tuning,
  }
}

export function parseSettings(raw: unknown): LightwireSettings {
  const warnings: string[] = []
  const root = isObj(raw) ? raw : {}
  if (!isObj(raw)) warnings.push('settings.json is not an object: using defaults')
  const app = isObj(root.appSettings) ? root.appSettings : {}
  const platform = isObj(root.platformSettings) ? root.platformSettings : {}
  const stage = isObj(app.stage) ? app.stage : {}

  const seen = new Set<string>()
  const rawSections = Array.isArray(app.sections) ? app.sections : []
  if (!Array.isArray(app.sections)) warnings.push('appSettings.sections is missing: no sections to show')
  const sections = rawSections
    .map((section, index) => parseSection(section, index, seen, warnings))
    .filter((section): section is SectionSettings => section !== undefined)

  let refreshMinutes = DEFAULT_REFRESH_MINUTES
  if (app.refreshMinutes !== undefined) {
    if (typeof app.refreshMinutes === 'number' && app.refreshMinutes >= 1) {
      refreshMinutes = app.refreshMinutes
    } else {
      warnings.push(`appSettings.refreshMinutes must be a number ≥ 1: using ${DEFAULT_REFRESH_MINUTES}`)
    }
  }
  let maxStoriesPerSection = DEFAULT_MAX_STORIES
  if (app.maxStoriesPerSection !== undefined) {
    const value = app.maxStoriesPerSection
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 500) {
      maxStoriesPerSection = value
    } else {
      warnings.push(
        `appSettings.maxStoriesPerSection must be a whole number from 1 to 500: using ${DEFAULT_MAX_STORIES}`,
      )
    }
  }
  const live = parseLive(app.live, warnings)
  const breaking = parseBreakingSettings(app.breaking, warnings)
  let language: string | undefined
  if (app.language !== undefined) {
    if (typeof app.language === 'string' && app.language.trim() !== '') language = app.language.trim()
    else warnings.push('appSettings.language must be a language code such as "en" or "ar": ignored')
  }
  let quality: QualitySetting = 'auto'
  if (platform.quality !== undefined) {
    if (isQualitySetting(platform.quality)) quality = platform.quality
    else warnings.push(`platformSettings.quality must be one of ${QUALITY_SETTINGS.join(', ')}: using auto`)
  }

  return {
    appSettings: {
      id: str(app.id, 'com.lightwire.news'),
      version: str(app.version, '0.0.0'),
      stage: {
        w: typeof stage.w === 'number' ? stage.w : 1920,
        h: typeof stage.h === 'number' ? stage.h : 1080,
      },
      sections,
      refreshMinutes,
      maxStoriesPerSection,
      ...(live ? { live } : {}),
      breaking,
      ...(language ? { language } : {}),
    },
    platformSettings: {
      path: str(platform.path, './static'),
      inspector: platform.inspector === true,
      proxyUrl: typeof platform.proxyUrl === 'string' ? platform.proxyUrl.trim() : '',
      log: platform.log === true,
      id: str(platform.id, str(app.id, 'com.lightwire.news')),
      quality,
    },
    warnings,
  }
}
