/**
 * RawFeed → Story[]: the one place untrusted feed content becomes the app's model. Text is flattened to
 * plain paragraphs, URLs are resolved and filtered, ids made stable, duplicates collapsed, newest first,
 * capped. Counts of what was wrong are kept for feed:check and the logs.
 */

import type { RawFeed, RawItem } from './formats/raw'
import { pickImage } from './images'
import type { Story } from './model'
import { parseDate } from './text/dates'
import { storyDirection } from './text/direction'
import { stableHash } from './text/hash'
import { htmlToLine, htmlToText } from './text/html'
import { cleanWhitespace } from './text/whitespace'
import { isAbsoluteHttpUrl, resolveUrl } from './url'

export interface NormalizeOptions {
  sectionId: string
  /** Used as `source` when the feed has no title. */
  sectionTitle?: string
  /** Where the feed was fetched from: the base of its relative URLs. */
  documentUrl?: string
  /** At most this many stories are kept (newest first). */
  maxStories?: number
}

export interface FeedStats {
  items: number
  kept: number
  noTitle: number
  noDate: number
  noImage: number
  noBody: number
  duplicates: number
  /** Titles that carried markup or entities (cleaned). */
  markupInTitle: number
  /** Links or images refused: javascript:, data:, tracking pixels… */
  rejectedUrls: number
  dropped: number
}

export const DEFAULT_MAX_STORIES = 50
const SUMMARY_CHARS = 280
/** Boilerplate paragraphs CMSs append to every item. */
const BOILERPLATE =
  /^(?:the post .+ appeared first on .+|continue reading.*|read more.*|read the full (?:story|article).*|\[(?:…|\.\.\.)\])$/i

function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}

/** The summary: the first paragraph, joined with the next ones only while it is too short to say much. */
function leadText(paragraphs: string[]): string {
  let text = ''
  for (const paragraph of paragraphs) {
    text = text ? `${text} ${paragraph}` : paragraph
    if (text.length >= 120) break
  }
  return cleanWhitespace(text)
}

function byline(authors: string[]): string | undefined {
  const names = authors.map((author) => htmlToLine(author).replace(/^by\s+/i, '')).filter(Boolean)
  const unique = names.filter((name, index) => names.indexOf(name) === index)
  if (unique.length === 0) return undefined
  if (unique.length === 1) return unique[0]
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`
}

/** What a feed's stories share, worked out once per feed rather than once per story. */
interface FeedContext {
  feed: RawFeed
  /** The source line of a story that names none: the feed's title (one string for all its stories). */
  source: string
  /** Item-level sources by their raw text: an aggregator's 200 stories from 5 outlets hold 5 strings. */
  sources: Map<string, string>
}

function sourceOf(raw: RawItem, context: FeedContext): string {
  if (!raw.source) return context.source
  let source = context.sources.get(raw.source)
  if (source === undefined) {
    source = htmlToLine(raw.source) || context.source
    context.sources.set(raw.source, source)
  }
  return source
}

function normalizeItem(
  raw: RawItem,
  context: FeedContext,
  options: NormalizeOptions,
  stats: FeedStats,
): Story | undefined {
  const { feed } = context
  const bases = [...(raw.bases ?? []), feed.base, options.documentUrl]
  const body = htmlToText(raw.content ?? raw.summary ?? '')
  const paragraphs = body.paragraphs.filter((paragraph) => !BOILERPLATE.test(paragraph))
  const summaryText = raw.summary ? htmlToText(raw.summary) : undefined
  const summaryParagraphs = (summaryText?.paragraphs ?? paragraphs).filter((p) => !BOILERPLATE.test(p))
  // A headline is short; a hostile or broken feed's "title" of megabytes is cut before any work is done on it.
  const rawTitle = raw.title.slice(0, 2_000)
  let title = truncate(htmlToLine(rawTitle), 300)
  if (/<\/?[a-z][^<>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(rawTitle)) stats.markupInTitle++
  if (!title) {
    stats.noTitle++
    title = truncate(summaryParagraphs[0] ?? paragraphs[0] ?? '', 90)
    if (!title) {
      stats.dropped++
      return undefined
    }
  }
  const publishedAt = parseDate(raw.published) ?? parseDate(raw.updated)
  const updated = parseDate(raw.updated)
  if (publishedAt === undefined) stats.noDate++

  const link = resolveUrl(raw.origLink, ...bases) ?? resolveUrl(raw.link, ...bases)
  if ((raw.link && !link) || (raw.origLink && !resolveUrl(raw.origLink, ...bases))) stats.rejectedUrls++
  const url = isAbsoluteHttpUrl(link) ? link : undefined
  const images = [...body.images, ...(summaryText?.images ?? [])]
  const choice = pickImage(raw.images, images, body.caption ?? summaryText?.caption, bases, raw.contentBase)
  stats.rejectedUrls += choice.rejected
  if (!choice.image) stats.noImage++
  if (paragraphs.length === 0) stats.noBody++

  const key = raw.guid?.trim() || url || `${title}|${raw.published ?? ''}`
  const summary = truncate(leadText(summaryParagraphs), SUMMARY_CHARS)
  const author = byline(raw.authors)
  const dir = storyDirection(`${title} ${summary}`, feed.language)
  return {
    id: `${options.sectionId}-${stableHash(key)}`,
    sectionId: options.sectionId,
    title,
    summary,
    body: paragraphs,
    ...(author ? { byline: author } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    ...(updated !== undefined && updated !== publishedAt ? { updatedAt: updated } : {}),
    ...(url ? { url } : {}),
    ...(choice.image ? { image: choice.image, imageUrl: choice.image.url } : {}),
    source: sourceOf(raw, context),
    ...(dir === 'rtl' ? { dir } : {}),
  }
}

export function normalizeFeed(
  feed: RawFeed,
  options: NormalizeOptions,
): { stories: Story[]; stats: FeedStats } {
  const stats: FeedStats = {
    items: feed.items.length,
    kept: 0,
    noTitle: 0,
    noDate: 0,
    noImage: 0,
    noBody: 0,
    duplicates: 0,
    markupInTitle: 0,
    rejectedUrls: 0,
    dropped: 0,
  }
  // Newest first (undated items after the dated ones, in feed order), decided on the raw dates so that
  // only the stories that will be kept are normalized: a 1,000-item feed costs what its newest 50 cost.
  const order = feed.items
    .map((raw, index) => ({ raw, index, at: parseDate(raw.published) ?? parseDate(raw.updated) }))
    .sort(
      (a, b) => (b.at ?? Number.NEGATIVE_INFINITY) - (a.at ?? Number.NEGATIVE_INFINITY) || a.index - b.index,
    )
  const max = options.maxStories ?? DEFAULT_MAX_STORIES
  const seenIds = new Set<string>()
  const seenUrls = new Set<string>()
  const unique: Story[] = []
  const context: FeedContext = {
    feed,
    source: htmlToLine(feed.title) || options.sectionTitle || options.sectionId,
    sources: new Map(),
  }
  for (const { raw } of order) {
    if (unique.length >= max) break
    const story = normalizeItem(raw, context, options, stats)
    if (!story) continue
    const canonical = story.url?.replace(/#.*$/, '').replace(/\/$/, '').toLowerCase()
    if (seenIds.has(story.id) || (canonical && seenUrls.has(canonical))) {
      stats.duplicates++
      continue
    }
    seenIds.add(story.id)
    if (canonical) seenUrls.add(canonical)
    unique.push(story)
  }
  stats.kept = unique.length
  return { stories: unique, stats }
}
