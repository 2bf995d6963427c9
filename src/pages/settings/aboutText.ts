/**
 * The About panel's lines, as plain strings (no Lightning: tested in node). Operators and QA read this panel
 * to check what a device is running: app version, platform, when feeds last arrived and where they come from.
 */
import { isAbsoluteHttpUrl } from '../../data/url'
import type { Locale } from '../../i18n/locale'

export interface AboutInfo {
  version: string
  platformName: string
  /** The drawing quality in use, in words ("High quality (auto)"). */
  quality: string
  /** Epoch ms of the last successful feed fetch; 0 when nothing has arrived yet. */
  updatedAt: number
  sources: readonly { title: string; url: string }[]
}

export interface AboutLines {
  version: string
  platform: string
  updated: string
  feeds: string[]
}

/** Where a feed comes from, in a few words: its host, or "bundled with the app" for a relative path. */
export function describeSource(url: string, locale: Locale): string {
  if (!isAbsoluteHttpUrl(url)) return locale.t.settings.bundled
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()

export function formatUpdated(updatedAt: number, now: Date, locale: Locale): string {
  const words = locale.t.settings
  if (!updatedAt) return words.notUpdated
  const when = new Date(updatedAt)
  const time = locale.time(when)
  if (sameDay(when, now)) return words.updatedToday(time)
  return words.updatedOn(locale.dayMonth(when), time)
}

/** `maxFeeds` lines at most: beyond that the last line says how many more there are. */
export function aboutLines(info: AboutInfo, now: Date, maxFeeds: number, locale: Locale): AboutLines {
  const words = locale.t.settings
  const all = info.sources.map((source) => `${source.title} · ${describeSource(source.url, locale)}`)
  const feeds =
    all.length <= maxFeeds
      ? all
      : [...all.slice(0, maxFeeds - 1), locale.plural(words.moreFeeds, all.length - (maxFeeds - 1))]
  return {
    version: words.version(info.version),
    platform: words.runningOn(info.platformName, info.quality),
    updated: formatUpdated(info.updatedAt, now, locale),
    feeds: feeds.length > 0 ? feeds : [words.noFeeds],
  }
}
