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

/**
 * What a tile, a row, Up next or the breaking banner shows of a story: the store keeps only this for the stories
 * nobody has opened (issue 13: a 4,000-story channel would otherwise hold every summary and body in memory).
 * The rest of the story (`Story`) is read back from where it already lives when it is opened
 * (`NewsStore.findStory`).
 */
export interface StoryHeadline {
  /** Stable across refreshes: guid, else canonical link, else a hash of title + date. Safe in a URL hash. */
  id: string
  sectionId: string
  /** Plain text, no markup or entities. */
  title: string
  /** Epoch milliseconds. */
  publishedAt?: number
  updatedAt?: number
  /**
   * The lead image's address (`image.url` of the whole story): a string rather than the image record, one
   * object fewer per story in memory. Set by normalize.ts and by the cache's checks, never read from storage.
   */
  imageUrl?: string
  /** Who published it: the feed's title or the item's source. */
  source: string
  /** Set only for a story that reads right to left (data/text/direction.ts): its text is right-aligned. */
  dir?: 'rtl'
}

/** A whole story: what the reader shows. */
export interface Story extends StoryHeadline {
  /** Plain text, one short paragraph. */
  summary: string
  /** Plain-text paragraphs, in reading order. Empty when the feed carries no body. */
  body: string[]
  byline?: string
  /** The story's web page (http(s) only): the QR code's target. */
  url?: string
  /** The lead image with its size and caption (the reader's rail); `imageUrl` is its address. */
  image?: StoryImage
}

/**
 * Why a feed could not be shown, as data: the data layer says what happened and the UI words it
 * (src/ui/feedErrorText.ts: "The World feed could not be reached."), so no sentence is built here and a
 * translation has one place to start from. `feed` is the section's name, when the caller gave one.
 */
export type FeedError = FeedProblem & { feed?: string }

/** What went wrong with a feed, without its name. */
export type FeedProblem =
  /** No answer: offline, DNS, refused, CORS. */
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'http'; status: number }
  /** Over the download cap, in bytes. */
  | { kind: 'too-large'; maxBytes: number }
  /** Not valid XML or JSON, damaged (broken XML left no story), or a reader that failed on it. */
  | { kind: 'malformed'; problem: 'xml' | 'json' | 'damaged' | 'unreadable' }
  /**
   * Something that is not a feed: a web page, XML with another root element (`root`), JSON that is not a
   * JSON Feed, nothing at all, or neither XML nor JSON.
   */
  | { kind: 'not-a-feed'; found: 'web-page' | 'json' | 'empty' | 'other' }
  | { kind: 'not-a-feed'; found: 'xml'; root: string }
  /** A charset the device has no decoder for, as the feed labelled it. */
  | { kind: 'unsupported-encoding'; label: string }
  /** Not an http(s) or bundled relative URL: never requested. */
  | { kind: 'blocked-url' }
  /** The app's own feed reader (a lazily loaded chunk) did not load. */
  | { kind: 'reader-missing' }
  /** The store's own bookkeeping failed while refreshing (never expected: loading never rejects). */
  | { kind: 'load-failed' }

export type FeedErrorKind = FeedError['kind']

export interface Section {
  id: string
  title: string
  stories: Story[]
  /** Epoch ms of the last successful fetch (0 if never). */
  fetchedAt: number
  /** Why the last fetch failed; `stories` may still hold the last good copy. */
  error?: FeedError
}
