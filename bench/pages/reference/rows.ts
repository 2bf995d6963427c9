/**
 * The reference page's content: the same sections, headlines and images the app shows, read from the app's
 * own settings.json and feeds (same origin: the page is served by the app's bench server under /reference/)
 * with the app's own parser, so the two pages draw the same words and pictures.
 */
import { decodeFeed, readFeedText } from '../../../src/data/feedPipeline'
import type { Story } from '../../../src/data/model'
import { english } from '../../../src/i18n/english'
import { feedErrorText } from '../../../src/ui/feedErrorText'

export interface ReferenceRow {
  title: string
  stories: Story[]
}

interface RawSettings {
  appSettings?: {
    sections?: Array<{ id: string; title: string; url: string }>
    maxStoriesPerSection?: number
  }
}

/** The app's root, where its settings.json, feeds and images live. */
export const APP_ROOT = new URL('../', window.location.href)

/** The first `count` sections that have stories, as the app's Home orders them. */
export async function loadRows(count: number): Promise<ReferenceRow[]> {
  const settings = (await (await fetch(new URL('settings.json', APP_ROOT))).json()) as RawSettings
  const sections = settings.appSettings?.sections ?? []
  const rows: ReferenceRow[] = []
  for (const section of sections) {
    if (rows.length >= count) break
    const url = new URL(section.url, APP_ROOT)
    const response = await fetch(url)
    const decoded = decodeFeed(
      new Uint8Array(await response.arrayBuffer()),
      response.headers.get('content-type') ?? undefined,
      section.title,
    )
    if (!decoded.ok)
      throw new Error(`reference page: ${section.url}: ${feedErrorText(decoded.error, english)}`)
    const parsed = await readFeedText(decoded.text, {
      sectionId: section.id,
      sectionTitle: section.title,
      documentUrl: url.href,
      maxStories: settings.appSettings?.maxStoriesPerSection ?? 50,
    })
    if (parsed.ok && parsed.stories.length > 0) rows.push({ title: section.title, stories: parsed.stories })
  }
  return rows
}
