/**
 * Feed text → stories, or a typed error. Detects the format from the document itself (servers label feeds
 * as text/html, application/octet-stream… so Content-Type is not trusted), reads it with the matching
 * reader and normalizes it. Never throws: every failure is a FeedError a viewer can read.
 */

import { readAtom } from './formats/atom'
import { isJsonFeed, readJsonFeed } from './formats/jsonFeed'
import { type FeedFormat, FORMAT_NAMES, type RawFeed } from './formats/raw'
import { readRss } from './formats/rss'
import type { FeedError, FeedProblem, Story } from './model'
import { type FeedStats, type NormalizeOptions, normalizeFeed } from './normalize'
import { htmlToLine } from './text/html'
import { StrictParserNeeded, type XmlTreeBuilder } from './xml/tree'

export interface ParseOptions extends NormalizeOptions {
  /**
   * The XML library adapter: saxes in Node, the browser's DOMParser first in the app (readFeedText.ts), the
   * other candidate in the benchmark. Passed in, so this module never pulls a parser into the bundle itself.
   */
  xml: XmlTreeBuilder
}

export type ParseResult =
  | {
      ok: true
      format: FeedFormat
      /** The feed's own title, plain text. */
      title: string
      stories: Story[]
      stats: FeedStats
      warnings: string[]
    }
  | {
      ok: false
      error: FeedError
      format?: FeedFormat
      warnings: string[]
      /** The quick XML builder gave up on this text (a DTD, broken XML): read it again with the strict one. */
      needsStrictParser?: true
    }

const name = (options: ParseOptions) => options.sectionTitle ?? options.sectionId

type ParseFailure = Extract<ParseResult, { ok: false }>

function fail(options: ParseOptions, problem: FeedProblem, warnings: string[] = []): ParseFailure {
  return { ok: false, error: { ...problem, feed: name(options) }, warnings }
}

/**
 * "Fish & chips" with a bare ampersand is the most common way a hand-made feed breaks XML. Escaping every `&`
 * that does not start a reference repairs it; inside CDATA (HTML) the `&amp;` decodes back to `&` anyway.
 */
function escapeBareAmpersands(xml: string): string {
  return xml.replace(/&(?!(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);)/g, '&amp;')
}

function readXml(text: string, options: ParseOptions): RawFeed | ParseResult {
  const prolog = text.slice(0, 2048)
  if (
    /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<!doctype\s+html|^(?:\s|<!--[\s\S]*?-->)*<html[\s>]/i.test(prolog)
  ) {
    return fail(options, { kind: 'not-a-feed', found: 'web-page' })
  }
  let document: ReturnType<XmlTreeBuilder>
  try {
    document = options.xml(escapeBareAmpersands(text))
  } catch (error) {
    const failure = fail(options, { kind: 'malformed', problem: 'xml' }, [
      error instanceof Error ? error.message : String(error),
    ])
    return error instanceof StrictParserNeeded ? { ...failure, needsStrictParser: true } : failure
  }
  const { root, warnings } = document
  const rootName = root.name.toLowerCase()
  if (rootName === 'rss') return readRss(root, 'rss2', warnings)
  if (rootName === 'rdf:rdf' || rootName === 'rdf') return readRss(root, 'rss1', warnings)
  if (rootName === 'feed') return readAtom(root, warnings)
  if (rootName === 'html') {
    return fail(options, { kind: 'not-a-feed', found: 'web-page' }, warnings)
  }
  return fail(options, { kind: 'not-a-feed', found: 'xml', root: root.name }, warnings)
}

function readJson(text: string, options: ParseOptions): RawFeed | ParseResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return fail(options, { kind: 'malformed', problem: 'json' }, [
      error instanceof Error ? error.message : String(error),
    ])
  }
  if (!isJsonFeed(value)) return fail(options, { kind: 'not-a-feed', found: 'json' })
  return readJsonFeed(value, [])
}

export function parseFeed(input: string, options: ParseOptions): ParseResult {
  const text = input.replace(/^\uFEFF/, '').trimStart()
  if (!text) return fail(options, { kind: 'not-a-feed', found: 'empty' })
  let raw: RawFeed | ParseResult
  try {
    if (text.startsWith('{')) raw = readJson(text, options)
    else if (text.startsWith('<')) raw = readXml(text, options)
    else return fail(options, { kind: 'not-a-feed', found: 'other' })
    if ('ok' in raw) return raw
    const { stories, stats } = normalizeFeed(raw, options)
    const warnings = [...raw.warnings]
    // Broken XML that left nothing to show is a damaged feed, also when the break came inside an item (a
    // truncated download): calling it "no items" would hide the section instead of offering Retry.
    if (stories.length === 0 && warnings.some((warning) => warning.startsWith('XML error'))) {
      return {
        ok: false,
        error: { kind: 'malformed', problem: 'damaged', feed: name(options) },
        format: raw.format,
        warnings,
      }
    }
    if (raw.items.length === 0) warnings.push('The feed has no items.')
    return { ok: true, format: raw.format, title: htmlToLine(raw.title), stories, stats, warnings }
  } catch (error) {
    // A reader bug must not reach the UI: report it as a damaged feed and keep the message for the logs.
    return fail(options, { kind: 'malformed', problem: 'unreadable' }, [
      error instanceof Error ? error.message : String(error),
    ])
  }
}

export { FORMAT_NAMES }
