/**
 * The About panel's lines, as plain strings (no Lightning: tested in node). Operators and QA read this panel
 * to check what a device is running: app version, platform, when feeds last arrived and where they come from.
 */
import { isAbsoluteHttpUrl } from '../../data/url'

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
export function describeSource(url: string): string {
  if (!isAbsoluteHttpUrl(url)) return 'bundled with the app'
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()

export function formatUpdated(updatedAt: number, now: Date, locale?: string): string {
  if (!updatedAt) return 'Feeds not updated yet'
  const when = new Date(updatedAt)
  const time = when.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
  if (sameDay(when, now)) return `Feeds updated today at ${time}`
  const day = when.toLocaleDateString(locale, { day: 'numeric', month: 'short' })
  return `Feeds updated ${day} at ${time}`
}

/** `maxFeeds` lines at most: beyond that the last line says how many more there are. */
export function aboutLines(info: AboutInfo, now: Date, maxFeeds: number, locale?: string): AboutLines {
  const all = info.sources.map((source) => `${source.title} · ${describeSource(source.url)}`)
  const feeds =
    all.length <= maxFeeds ? all : [...all.slice(0, maxFeeds - 1), `…and ${all.length - (maxFeeds - 1)} more`]
  return {
    version: `Lightwire ${info.version}`,
    platform: `Running on ${info.platformName} · ${info.quality}`,
    updated: formatUpdated(info.updatedAt, now, locale),
    feeds: feeds.length > 0 ? feeds : ['No feeds configured'],
  }
}
