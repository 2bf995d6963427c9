/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org). Untrusted JSON: every field is checked for its type, since a
 * feed that says `"title": 42` or `"items": {}` must degrade, not throw.
 */
import { type RawFeed, type RawItem, textToHtml } from './raw'

type Obj = Record<string, unknown>
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined
/** JSON Feed 1.0 publishers often write numeric ids; 1.1 says strings. Both are accepted. */
const id = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : str(value)

export function isJsonFeed(value: unknown): value is Obj {
  return isObj(value) && typeof value.version === 'string' && /jsonfeed\.org\/version\/1/i.test(value.version)
}

function authorNames(item: Obj, feed: Obj): string[] {
  const list = Array.isArray(item.authors) ? item.authors : isObj(item.author) ? [item.author] : []
  const names = list.map((author) => (isObj(author) ? str(author.name) : undefined)).filter(Boolean)
  if (names.length > 0) return names as string[]
  const feedList = Array.isArray(feed.authors) ? feed.authors : isObj(feed.author) ? [feed.author] : []
  return feedList.map((author) => (isObj(author) ? str(author.name) : undefined)).filter(Boolean) as string[]
}

function readItem(item: Obj, feed: Obj): RawItem {
  const contentText = str(item.content_text)
  const summary = str(item.summary)
  const image = str(item.image)
  // banner_image is decoration for the top of a web page: a fallback below any image in the body.
  const banner = str(item.banner_image)
  return {
    guid: id(item.id),
    title: str(item.title) ?? '',
    link: str(item.url),
    origLink: str(item.external_url) && !str(item.url) ? str(item.external_url) : undefined,
    summary: summary ? textToHtml(summary) : undefined,
    content: str(item.content_html) ?? (contentText ? textToHtml(contentText) : undefined),
    authors: authorNames(item, feed),
    published: str(item.date_published),
    updated: str(item.date_modified),
    images: [
      ...(image ? [{ url: image, kind: 'content' as const }] : []),
      ...(banner ? [{ url: banner, kind: 'thumbnail' as const }] : []),
    ],
    categories: Array.isArray(item.tags) ? (item.tags.map(str).filter(Boolean) as string[]) : [],
  }
}

export function readJsonFeed(feed: Obj, warnings: string[]): RawFeed {
  if (!Array.isArray(feed.items)) warnings.push('The JSON Feed has no "items" array.')
  const items = Array.isArray(feed.items) ? feed.items : []
  const objects = items.filter(isObj)
  if (objects.length < items.length) warnings.push(`${items.length - objects.length} items are not objects.`)
  return {
    format: 'json',
    title: str(feed.title) ?? '',
    link: str(feed.home_page_url),
    language: str(feed.language),
    items: objects.map((item) => readItem(item, feed)),
    warnings,
  }
}
