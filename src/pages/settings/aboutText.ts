/**
 * The About panel's lines, as plain strings (no Lightning: tested in node). Operators and QA read this panel
 * to check what a device is running: app version, platform, when feeds last arrived and where they come from.
 */
import { isAbsoluteHttpUrl } from '../../data/url'
import type { Locale } from '../../i18n/locale'
import type { QualityLevel, QualitySetting } from '../../platform/quality'
import { settingsWords } from './settingsWords'

export interface AboutInfo {
  version: string
  platformName: string
  /** The drawing quality: the setting, and the level in use now. */
  quality: { setting: QualitySetting; level: QualityLevel }
  /** Epoch ms of the last successful feed fetch; 0 when nothing has arrived yet. */
  updatedAt: number
  sources: readonly { title: string; url: string }[]
}

export interface AboutLines {
  version: string
  platform: string
  /** The drawing quality on a line of its own: with the platform's name it overran the panel at 1080p. */
  quality: string
  updated: string
  feeds: string[]
}

/** Where a feed comes from, in a few words: its host, or "bundled with the app" for a relative path. */
export function describeSource(url: string, locale: Locale): string {
  if (!isAbsoluteHttpUrl(url)) return settingsWords(locale).bundled
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()

/** "High quality (auto)", "Low quality" (forced). */
export function describeQuality(quality: AboutInfo['quality'], locale: Locale): string {
  const words = settingsWords(locale)
  const level = quality.level === 'high' ? words.qualityHigh : words.qualityLow
  return quality.setting === 'auto' ? words.qualityAuto(level) : level
}

export function formatUpdated(updatedAt: number, now: Date, locale: Locale): string {
  const words = settingsWords(locale)
  if (!updatedAt) return words.notUpdated
  const when = new Date(updatedAt)
  const time = locale.time(when)
  if (sameDay(when, now)) return words.updatedToday(time)
  return words.updatedOn(locale.dayMonth(when), time)
}

/** `maxFeeds` lines at most: beyond that the last line says how many more there are. */
export function aboutLines(info: AboutInfo, now: Date, maxFeeds: number, locale: Locale): AboutLines {
  const words = settingsWords(locale)
  const all = info.sources.map((source) => `${source.title} · ${describeSource(source.url, locale)}`)
  const feeds =
    all.length <= maxFeeds
      ? all
      : [...all.slice(0, maxFeeds - 1), locale.plural(words.moreFeeds, all.length - (maxFeeds - 1))]
  return {
    version: words.version(info.version),
    platform: words.runningOn(info.platformName),
    quality: describeQuality(info.quality, locale),
    updated: formatUpdated(info.updatedAt, now, locale),
    feeds: feeds.length > 0 ? feeds : [words.noFeeds],
  }
}
