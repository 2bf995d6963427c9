/**
 * Decoded feed text → stories, choosing the XML parser: the browser's DOMParser for a well-formed feed (no
 * download, native speed), saxes for everything else and wherever there is no DOMParser (Node: feed:check,
 * the tests). saxes is a separate chunk that loads only when a feed needs it, so a channel whose feeds are
 * clean starts with ~8 KB gzip less JavaScript. A caller that passes its own builder gets exactly that one.
 */
import { type ParseOptions, type ParseResult, parseFeed } from './parseFeed'
import { domTree, hasDomParser } from './xml/domTree'
import type { XmlTreeBuilder } from './xml/tree'

export type ReadOptions = Omit<ParseOptions, 'xml'> & { xml?: XmlTreeBuilder }

const strictTree = async (): Promise<XmlTreeBuilder> => (await import('./xml/saxesTree')).saxesTree

export async function readFeedText(text: string, options: ReadOptions): Promise<ParseResult> {
  if (options.xml) return parseFeed(text, { ...options, xml: options.xml })
  if (hasDomParser()) {
    const quick = parseFeed(text, { ...options, xml: domTree })
    if (quick.ok || !quick.needsStrictParser) return quick
  }
  return parseFeed(text, { ...options, xml: await strictTree() })
}
