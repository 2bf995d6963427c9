/**
 * Builds the neutral tree with the browser's own XML parser (DOMParser): zero bytes to download, and native
 * speed. It is used only for the easy case, a well-formed feed without a DTD: anything else makes it throw
 * StrictParserNeeded and the pipeline hands the text to saxes (xml/saxesTree.ts, loaded on demand), whose
 * error recovery keeps what a broken feed still holds and which never expands DTD entities. So a damaged or
 * hostile feed is read exactly as before, and a clean one never downloads the 8 KB gzip parser.
 */
import { NamespaceScope, StrictParserNeeded, type XmlDocument, type XmlElement } from './tree'

/** Same cap as the saxes builder: deeper elements are left out, their text joins the deepest kept element. */
const MAX_DEPTH = 64
/**
 * Texts the quick path hands straight to saxes, each for a reason. DOMParser cannot recover from the
 * usual breakages (and in Chromium its error report is an element with inline styles, which the page's
 * Content-Security-Policy then reports as a violation although the document is inert), so the common ones
 * are caught before it runs: a cut-off download, control characters, HTML entities XML does not know,
 * absurd nesting. A DTD is the doorway to entity-expansion bombs; a `style` attribute (inline XHTML) is
 * another CSP report. What slips through (mismatched tags, say) is still read by saxes: only that report
 * remains.
 */
const REFUSALS: ReadonlyArray<[RegExp, string]> = [
  [/\sstyle\s*=/i, 'the feed has style attributes'],
  [/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i, 'the feed uses HTML entities'],
  // libxml2, under Chromium's DOMParser, gives up at 256 levels: refuse well before that.
  [/(?:<[A-Za-z](?:[^<>]*[^/<>])?>\s*){200}/, 'the feed nests elements very deeply'],
]
const DTD = /<!DOCTYPE|<!ENTITY/i
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the characters XML 1.0 forbids is the point.
const CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/
const CDATA = /<!\[CDATA\[[\s\S]*?\]\]>/g
/** A complete document ends with its root's closing tag (comments and white space may follow). */
const CLOSED = /<\/[^<>]+>(?:\s|<!--[\s\S]*?-->)*$/

/** Why the quick path will not read this text, or undefined when it will. */
function refusal(xml: string): string | undefined {
  if (DTD.test(xml.slice(0, 4096))) return 'the feed declares a DTD'
  if (!CLOSED.test(xml.slice(-1024))) return 'the feed is cut off'
  if (CONTROL.test(xml)) return 'the feed has control characters'
  // Inside CDATA, entities and attributes are plain text to both parsers.
  const markup = xml.includes('<![CDATA[') ? xml.replace(CDATA, '') : xml
  return REFUSALS.find(([pattern]) => pattern.test(markup))?.[1]
}

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4

function attributesOf(element: Element): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes[i]
    if (attribute) attributes[attribute.name] = attribute.value
  }
  return attributes
}

function build(source: Element, scope: NamespaceScope, depth: number): XmlElement {
  const attributes = attributesOf(source)
  scope.push(attributes)
  const element: XmlElement = { name: scope.name(source.tagName), attributes, children: [] }
  for (let node = source.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      element.children.push((node as CharacterData).data)
    } else if (node.nodeType === ELEMENT_NODE) {
      // textContent walks the too-deep subtree natively: no recursion of ours however deep it goes.
      element.children.push(
        depth + 1 < MAX_DEPTH ? build(node as Element, scope, depth + 1) : (node.textContent ?? ''),
      )
    }
  }
  scope.pop()
  return element
}

/** Whether this JavaScript engine has an XML DOMParser (browsers do; Node, where feed:check runs, does not). */
export const hasDomParser = (): boolean => typeof DOMParser === 'function'

export const domTree = (xml: string): XmlDocument => {
  const reason = refusal(xml)
  if (reason) throw new StrictParserNeeded(reason)
  const document = new DOMParser().parseFromString(xml, 'application/xml')
  // Browsers report a well-formedness error as a <parsererror> element (in the document, or as its root).
  if (document.getElementsByTagName('parsererror').length > 0) {
    throw new StrictParserNeeded('the feed is not well-formed XML')
  }
  const root = document.documentElement
  if (!root) throw new StrictParserNeeded('the feed has no root element')
  return { root: build(root, new NamespaceScope(), 0), warnings: [] }
}
