/**
 * The app's news model: what every screen may rely on. Raw feed shapes (RSS items, Atom entries, JSON Feed
 * items) never leave src/data; they are normalised into these types first. All values are plain JSON so a
 * section can be cached as it is.
 */

export interface StoryImage {
  /** An http(s) URL or a path relative to the app (bundled images). Never javascript:, data: or a 1×1 pixel. */
  url: string
  width?: number
  height?: number
  caption?: string
}

export interface Story {
  /** Stable across refreshes: guid, else canonical link, else a hash of title + date. Safe in a URL hash. */
  id: string
  sectionId: string
  /** Plain text, no markup or entities. */
  title: string
  /** Plain text, one short paragraph. */
  summary: string
  /** Plain-text paragraphs, in reading order. Empty when the feed carries no body. */
  body: string[]
  byline?: string
  /** Epoch milliseconds. */
  publishedAt?: number
  updatedAt?: number
  /** The story's web page (http(s) only): the QR code's target. */
  url?: string
  image?: StoryImage
  /** Who published it: the feed's title or the item's source. */
  source: string
}

export type FeedErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'malformed'
  | 'not-a-feed'
  | 'unsupported-encoding'
  | 'blocked-url'

export interface FeedError {
  kind: FeedErrorKind
  /** A sentence a viewer can read: "The World feed could not be reached." */
  message: string
  /** HTTP status when kind is 'http'. */
  status?: number
}

export interface Section {
  id: string
  title: string
  stories: Story[]
  /** Epoch ms of the last successful fetch (0 if never). */
  fetchedAt: number
  /** Why the last fetch failed; `stories` may still hold the last good copy. */
  error?: FeedError
}
