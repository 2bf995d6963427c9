/**
 * The other candidate: the same neutral tree built with fast-xml-parser (the most used JS XML parser, also
 * the engine inside feedsmith and @rowanmanning/feed-parser). Kept for the benchmark and for the tests that
 * prove both adapters read every fixture alike; the app ships saxes (see docs/feeds.md for the numbers).
 */
import { XMLParser } from 'fast-xml-parser'
import { HTML_ENTITIES } from '../../src/data/text/entities'
import { NamespaceScope, type XmlDocument, type XmlElement, type XmlNode } from '../../src/data/xml/tree'

type OrderedNode = Record<string, unknown>

const TEXT = '#text'
const ATTRIBUTES = ':@'

function createParser(): XMLParser {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: { enabled: true, maxTotalExpansions: 1000, maxExpandedLength: 100_000 },
    htmlEntities: true,
  })
  for (const [name, value] of HTML_ENTITIES) {
    if (!['amp', 'lt', 'gt', 'quot', 'apos'].includes(name)) parser.addEntity(name, value)
  }
  return parser
}

function convert(node: OrderedNode, scope: NamespaceScope): XmlNode | undefined {
  const attributes: Record<string, string> = {}
  for (const [key, value] of Object.entries((node[ATTRIBUTES] as Record<string, unknown>) ?? {})) {
    attributes[key] = String(value)
  }
  const tag = Object.keys(node).find((key) => key !== ATTRIBUTES)
  if (tag === undefined) return undefined
  if (tag === TEXT) return String(node[TEXT])
  scope.push(attributes)
  const element: XmlElement = { name: scope.name(tag), attributes, children: [] }
  const children = node[tag]
  if (Array.isArray(children)) {
    for (const childNode of children as OrderedNode[]) {
      const converted = convert(childNode, scope)
      if (converted !== undefined) element.children.push(converted)
    }
  }
  scope.pop()
  return element
}

export const fastXmlTree = (xml: string): XmlDocument => {
  const ordered = createParser().parse(xml) as OrderedNode[]
  const scope = new NamespaceScope()
  for (const node of ordered) {
    const converted = convert(node, scope)
    if (converted !== undefined && typeof converted !== 'string') return { root: converted, warnings: [] }
  }
  throw new Error('no XML root element')
}
