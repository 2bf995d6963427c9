/**
 * What a format reader hands the normalizer: one shape for RSS 2.0, RSS 1.0, Atom and JSON Feed items, still
 * untrusted (HTML strings, unresolved URLs, unparsed dates). It never leaves src/data.
 */

export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'json'

export const FORMAT_NAMES: Record<FeedFormat, string> = {
  rss2: 'RSS 2.0',
  rss1: 'RSS 1.0 (RDF)',
  atom: 'Atom 1.0',
  json: 'JSON Feed',
}

export interface RawImage {
  url: string
  width?: number
  height?: number
  /** HTML. */
  caption?: string
  /** Media RSS medium / MIME type, when the feed says. */
  medium?: string
  type?: string
  /** Where it came from: a full-size rendition outranks a thumbnail. */
  kind: 'content' | 'thumbnail' | 'enclosure' | 'feed-image'
}

export interface RawItem {
  guid?: string
  /** As the feed wrote it: plain text or HTML (RSS titles are often escaped HTML); cleaned by the normalizer. */
  title: string
  /** The item's own web page, as written (maybe relative). */
  link?: string
  /** FeedBurner's original link, preferred over the tracking redirect in `link`. */
  origLink?: string
  /** HTML. */
  summary?: string
  /** HTML: the full body when the feed carries one. */
  content?: string
  authors: string[]
  published?: string
  updated?: string
  images: RawImage[]
  /** xml:base values in force for this item's relative URLs, innermost first, unresolved. */
  bases?: string[]
  /** An extra xml:base that applies only inside the body (Atom `<content xml:base>`). */
  contentBase?: string
  categories: string[]
  /** RSS <source> or JSON Feed author of an aggregated item. */
  source?: string
}

export interface RawFeed {
  format: FeedFormat
  /** HTML. */
  title: string
  link?: string
  /** The document's own xml:base, unresolved. */
  base?: string
  /** The language the feed declares (RSS <language>, Atom xml:lang, JSON Feed `language`), as written. */
  language?: string
  items: RawItem[]
  warnings: string[]
}

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Plain text (Atom type="text", JSON content_text) → the HTML the normalizer expects; blank lines split paragraphs. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('')
}

export function toDimension(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10)
  return Number.isFinite(number) && number > 0 ? Math.round(number) : undefined
}
