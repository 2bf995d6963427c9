/**
 * RSS 2.0 (and 0.9x) and RSS 1.0/RDF readers. Both put items in `<item>`; RSS 1.0 keeps them beside the
 * `<channel>` instead of inside it and has no guid (its `rdf:about` is the item's URI).
 */

import { isAbsoluteHttpUrl } from '../url'
import { child, childElements, childText, innerMarkup, textOf, type XmlElement } from '../xml/tree'
import { itemImages } from './media'
import type { FeedFormat, RawFeed, RawItem } from './raw'

/** Description/encoded text, or the raw HTML elements some feeds put in them unescaped. */
export function markupOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined
  const hasElements = element.children.some((node) => typeof node !== 'string')
  const markup = hasElements ? innerMarkup(element, true) : textOf(element)
  return markup.trim() ? markup : undefined
}

function authorsOf(item: XmlElement): string[] {
  const authors: string[] = []
  for (const name of ['dc:creator', 'author', 'itunes:author']) {
    for (const element of childElements(item, name)) {
      let text = textOf(element).trim()
      // RSS <author> is "email (Name)" by the spec: show the name, never the address.
      const name = /^\S+@\S+\s*\((.+)\)$/.exec(text)?.[1]
      if (name !== undefined) text = name.trim()
      else if (/^\S+@\S+$/.test(text)) text = ''
      if (text && !authors.includes(text)) authors.push(text)
    }
  }
  return authors
}

function readItem(item: XmlElement, format: FeedFormat): RawItem {
  const guidElement = child(item, 'guid')
  const guid = guidElement
    ? textOf(guidElement).trim()
    : format === 'rss1'
      ? item.attributes['rdf:about']
      : ''
  const guidIsLink = guidElement?.attributes.isPermaLink?.toLowerCase() !== 'false'
  const link =
    childText(item, 'link') ||
    child(item, 'atom:link')?.attributes.href ||
    (guid && guidIsLink && isAbsoluteHttpUrl(guid) ? guid : '')
  const source = child(item, 'source')
  return {
    guid: guid || undefined,
    title: childText(item, 'title', 'dc:title', 'media:title'),
    link: link || undefined,
    origLink: childText(item, 'feedburner:origLink') || undefined,
    summary: markupOf(child(item, 'description', 'dc:description', 'media:description', 'itunes:summary')),
    content: markupOf(child(item, 'content:encoded')),
    authors: authorsOf(item),
    published: childText(item, 'pubDate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'a10:updated'),
    updated: childText(item, 'dcterms:modified', 'atom:updated') || undefined,
    images: itemImages(item),
    bases: item.attributes['xml:base'] ? [item.attributes['xml:base']] : undefined,
    categories: childElements(item, 'category')
      .concat(childElements(item, 'dc:subject'))
      .map((element) => textOf(element).trim())
      .filter(Boolean),
    source: source ? textOf(source).trim() || undefined : undefined,
  }
}

export function readRss(root: XmlElement, format: 'rss2' | 'rss1', warnings: string[]): RawFeed {
  const channel = child(root, 'channel')
  if (!channel) warnings.push('The feed has no <channel>.')
  // RSS 2.0: items inside <channel>; RSS 1.0 (and some broken 2.0 feeds): items beside it.
  const items = [...(channel ? childElements(channel, 'item') : []), ...childElements(root, 'item')].map(
    (item) => readItem(item, format),
  )
  return {
    format,
    title: childText(channel, 'title'),
    link: childText(channel, 'link') || undefined,
    base: root.attributes['xml:base'] ?? channel?.attributes['xml:base'],
    language:
      childText(channel, 'language', 'dc:language') ||
      channel?.attributes['xml:lang'] ||
      root.attributes['xml:lang'] ||
      undefined,
    items,
    warnings,
  }
}
