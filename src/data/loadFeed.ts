/**
 * One feed, end to end: fetch (conditionally) → decode → detect → parse → normalize. Used by the store for
 * every section and by feed:check for remote URLs. Never throws.
 */

import type { FeedFormat } from './formats/raw'
import type { FeedHttp } from './http'
import type { FeedError, Story } from './model'
import type { FeedStats } from './normalize'
import { isAbsoluteHttpUrl } from './url'
import type { XmlTreeBuilder } from './xml/tree'

export interface LoadFeedOptions {
  sectionId: string
  sectionTitle: string
  url: string
  etag?: string
  lastModified?: string
  maxStories?: number
  xml?: XmlTreeBuilder
  /**
   * Awaited just before the (synchronous) decode + parse. The store passes a zero-delay timer so that when
   * many feeds arrive together — or all wait for the parser chunk and wake in the same microtask — each is
   * parsed in its own task, and key presses and frames get through in between.
   */
  beforeParse?: () => Promise<void>
  /**
   * The parser's chunk is requested once this settles: the app passes "Home's first frame is out", so the
   * chunk's download and compilation never delay that frame (start-up shows cached stories or skeleton rows,
   * which need no parser). The feed request itself starts at once. Without it, the chunk loads straight away.
   */
  parserAfter?: Promise<void>
}

export type LoadFeedResult =
  | {
      kind: 'stories'
      format: FeedFormat
      feedTitle: string
      stories: Story[]
      stats: FeedStats
      warnings: string[]
      etag?: string
      lastModified?: string
    }
  | { kind: 'not-modified' }
  | { kind: 'error'; error: FeedError; warnings: string[] }

type Pipeline = typeof import('./feedPipeline')

/** Starts loading the parser chunk (once; the module system caches it) without letting a failure go unhandled. */
const loadPipeline = (): Promise<Pipeline | Error> =>
  import('./feedPipeline').catch((error: unknown) =>
    error instanceof Error ? error : new Error(String(error)),
  )

export async function loadFeed(http: FeedHttp, options: LoadFeedOptions): Promise<LoadFeedResult> {
  const pipeline = options.parserAfter ? options.parserAfter.then(loadPipeline, loadPipeline) : loadPipeline()
  const response = await http.get({
    url: options.url,
    etag: options.etag,
    lastModified: options.lastModified,
    name: options.sectionTitle,
  })
  if (response.kind === 'not-modified') return response
  if (response.kind === 'error') return { kind: 'error', error: response.error, warnings: [] }
  const loaded = await pipeline
  if (loaded instanceof Error) {
    return {
      kind: 'error',
      error: { kind: 'reader-missing', feed: options.sectionTitle },
      warnings: [loaded.message],
    }
  }
  const { decodeFeed, readFeedText } = loaded
  if (options.beforeParse) await options.beforeParse()
  const decoded = decodeFeed(response.bytes, response.contentType, options.sectionTitle)
  if (!decoded.ok) return { kind: 'error', error: decoded.error, warnings: [] }
  const result = await readFeedText(decoded.text, {
    sectionId: options.sectionId,
    sectionTitle: options.sectionTitle,
    // A relative (bundled) feed keeps relative image URLs, which also load from file:// on devices.
    documentUrl: isAbsoluteHttpUrl(response.finalUrl) ? response.finalUrl : options.url,
    maxStories: options.maxStories,
    xml: options.xml,
  })
  const warnings = decoded.warning ? [decoded.warning, ...result.warnings] : result.warnings
  if (!result.ok) return { kind: 'error', error: result.error, warnings }
  return {
    kind: 'stories',
    format: result.format,
    feedTitle: result.title,
    stories: result.stories,
    stats: result.stats,
    warnings,
    etag: response.etag,
    lastModified: response.lastModified,
  }
}
