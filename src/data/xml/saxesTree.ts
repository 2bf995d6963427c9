/**
 * Builds the neutral tree with saxes: a small (8 KB gzip), strict, streaming, standards-conformant XML
 * parser. Strictness is what keeps us safe: it never expands DTD-declared entities (so an entity-expansion
 * "billion laughs" bomb cannot grow), and it reports every well-formedness error, which we turn into warnings
 * while keeping whatever was parsed before and after (real feeds are often slightly broken).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { HTML_ENTITIES } from '../text/entities'
import { NamespaceScope, type XmlDocument, type XmlElement } from './tree'

const MAX_WARNINGS = 20
const MAX_DEPTH = 64
/** Past this many well-formedness errors the input is not a damaged feed but noise: stop reading it. */
const MAX_ERRORS = 200

/** HTML names that feeds use in XML without declaring them (`&nbsp;` in a title) are accepted. */
function htmlEntitiesRecord(): Record<string, string> {
  const record: Record<string, string> = {}
  for (const [name, value] of HTML_ENTITIES) record[name] = value
  return record
}

export const saxesTree = (xml: string): XmlDocument => {
  const parser = new SaxesParser({ xmlns: false, position: true })
  Object.assign(parser.ENTITIES, htmlEntitiesRecord())
  const warnings: string[] = []
  const scope = new NamespaceScope()
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let errors = 0
  let ignoring = 0

  parser.on('error', (error) => {
    errors++
    if (warnings.length < MAX_WARNINGS) warnings.push(`XML error: ${error.message}`)
    if (errors >= MAX_ERRORS) throw new Error(`more than ${MAX_ERRORS} XML errors: reading stopped`)
  })
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const parent = stack[stack.length - 1]
    // Too deep, inside something already ignored, or a second root: skip it and everything inside it.
    if (ignoring > 0 || stack.length >= MAX_DEPTH || (!parent && root)) {
      if (!tag.isSelfClosing) ignoring++
      return
    }
    scope.push(tag.attributes)
    const element: XmlElement = { name: scope.name(tag.name), attributes: tag.attributes, children: [] }
    if (parent) parent.children.push(element)
    else root = element
    if (tag.isSelfClosing) scope.pop()
    else stack.push(element)
  })
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return
    if (ignoring > 0) {
      ignoring--
      return
    }
    stack.pop()
    scope.pop()
  })
  const onText = (text: string) => {
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(text)
  }
  parser.on('text', onText)
  parser.on('cdata', onText)

  try {
    parser.write(xml).close()
  } catch (error) {
    // saxes only throws from inside our handlers or on a state it cannot continue from: keep what we have.
    warnings.push(`XML error: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (errors > MAX_WARNINGS) warnings.push(`…and ${errors - MAX_WARNINGS} more XML errors`)
  if (!root) throw new Error(warnings[0] ?? 'no XML root element')
  return { root, warnings }
}
