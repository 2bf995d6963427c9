/**
 * Atom 1.0 (and the Atom 0.3 that old Blogger feeds still serve). Text constructs come as `type="text"`,
 * `"html"` or `"xhtml"`; `xml:base` may sit on the feed, the entry or the content element itself.
 */
import { child, childElements, innerMarkup, textOf, type XmlElement } from '../xml/tree'
import { itemImages, looksLikeImage } from './media'
import { type RawFeed, type RawImage, type RawItem, textToHtml } from './raw'

/**
 * An Atom text construct as HTML. Titles pass `plainAsIs`: a `type="text"` title is used as written (the
 * normalizer strips stray markup and entities from every title anyway, and "5 < 6" survives that).
 */
export function atomText(element: XmlElement | undefined, plainAsIs = false): string | undefined {
  if (!element || element.attributes.src) return undefined
  const type = (element.attributes.type ?? 'text').toLowerCase()
  let html: string
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const wrapper = child(element, 'xhtml:div', 'div')
    html = innerMarkup(wrapper ?? element, false)
  } else if (type === 'html' || type === 'text/html' || element.attributes.mode === 'escaped') {
    html = textOf(element)
  } else if (element.children.some((node) => typeof node !== 'string')) {
    html = innerMarkup(element, false)
  } else {
    html = plainAsIs ? textOf(element).trim() : textToHtml(textOf(element).trim())
  }
  return html.trim() ? html : undefined
}

function names(parent: XmlElement, tag: string): string[] {
  return childElements(parent, tag)
    .map((person) => textOf(child(person, 'name')).trim() || textOf(person).trim())
    .filter(Boolean)
}

function readEntry(entry: XmlElement, feedAuthors: string[]): RawItem {
  const links = childElements(entry, 'link')
  const alternate =
    links.find((link) => (link.attributes.rel ?? 'alternate') === 'alternate' && link.attributes.href) ??
    links.find((link) => !link.attributes.rel)
  const images: RawImage[] = itemImages(entry)
  for (const link of links) {
    const href = link.attributes.href?.trim()
    if (link.attributes.rel === 'enclosure' && href && looksLikeImage(href, link.attributes.type)) {
      images.push({ url: href, type: link.attributes.type, kind: 'enclosure' })
    }
  }
  const content = child(entry, 'content')
  const base = entry.attributes['xml:base']
  const authors = names(entry, 'author')
  const source = child(entry, 'source')
  return {
    guid: textOf(child(entry, 'id')).trim() || undefined,
    title: atomText(child(entry, 'title'), true) ?? '',
    link: alternate?.attributes.href,
    origLink: textOf(child(entry, 'feedburner:origLink')).trim() || undefined,
    summary: atomText(child(entry, 'summary')),
    content: atomText(content),
    authors: authors.length > 0 ? authors : feedAuthors,
    published: textOf(child(entry, 'published', 'issued', 'created')).trim() || undefined,
    updated: textOf(child(entry, 'updated', 'modified')).trim() || undefined,
    images,
    bases: base ? [base] : undefined,
    contentBase: content?.attributes['xml:base'],
    categories: childElements(entry, 'category')
      .map((category) => category.attributes.label || category.attributes.term || '')
      .filter(Boolean),
    source: source ? textOf(child(source, 'title')).trim() || undefined : undefined,
  }
}

export function readAtom(root: XmlElement, warnings: string[]): RawFeed {
  const feedAuthors = names(root, 'author')
  const alternate = childElements(root, 'link').find(
    (link) => (link.attributes.rel ?? 'alternate') === 'alternate',
  )
  return {
    format: 'atom',
    title: atomText(child(root, 'title'), true) ?? '',
    link: alternate?.attributes.href,
    base: root.attributes['xml:base'],
    language: root.attributes['xml:lang'],
    items: childElements(root, 'entry').map((entry) => readEntry(entry, feedAuthors)),
    warnings,
  }
}
