/**
 * The neutral XML tree the format readers work on. Any XML library can build it (saxes in the app,
 * fast-xml-parser in the benchmark), so the readers and the normalizer are shared and a library swap is
 * one file. Namespaces are resolved to short canonical prefixes, because publishers bind them sloppily
 * (the Media RSS URI without its trailing slash, `media:` never declared, Atom as the default namespace).
 */

export interface XmlElement {
  /** Canonical name: bare for the document's own vocabulary (RSS, Atom, RSS 1.0), else `prefix:local`. */
  name: string
  attributes: Record<string, string>
  /** Elements and text, in document order. Text is already XML-decoded. */
  children: XmlNode[]
}

export type XmlNode = XmlElement | string

export interface XmlDocument {
  root: XmlElement
  /** Problems the parser recovered from (the tree may be partial). */
  warnings: string[]
}

/**
 * Turns XML text into a tree or throws only for input that has no root element at all, or (a quick builder
 * such as xml/domTree.ts) StrictParserNeeded for text it will not read: the caller tries the strict one.
 */
export type XmlTreeBuilder = (xml: string) => XmlDocument

/** A quick builder could not read this text faithfully: parse it with the strict, recovering one instead. */
export class StrictParserNeeded extends Error {
  override readonly name = 'StrictParserNeeded'
}

const ATOM = 'http://www.w3.org/2005/Atom'
/** Namespace URI → canonical prefix. Several wrong-but-common URIs map to the same prefix. */
const KNOWN: Record<string, string> = {
  [ATOM]: 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': 'rss',
  'http://my.netscape.com/rdf/simple/0.9/': 'rss',
  'http://backend.userland.com/rss2': 'rss',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://video.search.yahoo.com/mrss': 'media',
  'http://video.search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/rss': 'media',
  'http://search.yahoo.com/rss/': 'media',
  'http://tools.search.yahoo.com/mrss/': 'media',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://rssnamespace.org/feedburner/ext/1.0': 'feedburner',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://www.w3.org/XML/1998/namespace': 'xml',
}

/** Tracks xmlns declarations while a builder walks the document, and names elements canonically. */
export class NamespaceScope {
  private readonly stack: Record<string, string>[] = [{ xml: 'http://www.w3.org/XML/1998/namespace' }]
  /** The canonical prefix of the root's vocabulary ('rss' for RSS 1.0, 'atom' for Atom): shown bare. */
  private primary: string | undefined

  /** Call on every start tag, before `name()`. */
  push(attributes: Record<string, string>): void {
    const frame: Record<string, string> = {}
    for (const [key, value] of Object.entries(attributes)) {
      if (key === 'xmlns') frame[''] = value.trim()
      else if (key.startsWith('xmlns:')) frame[key.slice(6)] = value.trim()
    }
    this.stack.push(frame)
  }

  pop(): void {
    if (this.stack.length > 1) this.stack.pop()
  }

  private lookup(prefix: string): string | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const uri = this.stack[i]?.[prefix]
      if (uri !== undefined) return uri
    }
    return undefined
  }

  name(qualified: string): string {
    const colon = qualified.indexOf(':')
    const prefix = colon > 0 ? qualified.slice(0, colon) : ''
    const local = colon > 0 ? qualified.slice(colon + 1) : qualified
    const uri = this.lookup(prefix)
    let canonical = uri ? (KNOWN[uri] ?? KNOWN[uri.toLowerCase()]) : undefined
    // An undeclared prefix (`media:` with no xmlns:media) is common: trust the prefix itself.
    if (canonical === undefined) canonical = prefix.toLowerCase()
    if (this.primary === undefined) {
      this.primary = canonical === 'rdf' ? 'rss' : canonical
    }
    if (canonical === '' || canonical === this.primary) return local
    return `${canonical}:${local}`
  }
}

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object' && node !== null
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = []
  for (const child of element.children) {
    if (isElement(child) && (name === undefined || child.name === name)) found.push(child)
  }
  return found
}

export function child(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  if (!element) return undefined
  for (const name of names) {
    for (const node of element.children) {
      if (isElement(node) && node.name === name) return node
    }
  }
  return undefined
}

/** Concatenated text of an element and its descendants (CDATA included). */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return ''
  let text = ''
  for (const node of element.children) text += typeof node === 'string' ? node : textOf(node)
  return text
}

/** First non-empty trimmed text among the named children. */
export function childText(element: XmlElement | undefined, ...names: string[]): string {
  if (!element) return ''
  for (const name of names) {
    for (const node of element.children) {
      if (isElement(node) && node.name === name) {
        const text = textOf(node).trim()
        if (text) return text
      }
    }
  }
  return ''
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;')

/**
 * Serialises an element's content back to markup: for Atom `type="xhtml"` content and for RSS descriptions
 * that carry raw (unescaped) HTML elements. `textIsMarkup` says whether text nodes are themselves HTML
 * (RSS descriptions) or plain text to escape (XHTML).
 */
export function innerMarkup(element: XmlElement, textIsMarkup: boolean): string {
  let out = ''
  for (const node of element.children) {
    if (typeof node === 'string') {
      out += textIsMarkup ? node : escapeText(node)
      continue
    }
    const name = node.name.replace(/^xhtml:/, '')
    const attributes = Object.entries(node.attributes)
      .filter(([key]) => !key.startsWith('xmlns'))
      .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
      .join('')
    out += `<${name}${attributes}>${innerMarkup(node, textIsMarkup)}</${name}>`
  }
  return out
}
