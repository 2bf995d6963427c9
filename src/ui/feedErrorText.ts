import type { FeedError } from '../data/model'
import type { Locale } from '../i18n/locale'

/**
 * How a message names a feed: "The World feed", or "This feed" when the section has no name. One wording for
 * every feed error, so a viewer reads the same phrase whatever went wrong.
 */
export function theFeed(name: string | undefined, locale: Locale): string {
  return name ? locale.t.feed.theFeed(name) : locale.t.feed.thisFeed
}

/** "The World address", for what came back from the feed's URL. */
const theAddress = (name: string | undefined, locale: Locale): string =>
  name ? locale.t.feed.theAddress(name) : locale.t.feed.thisAddress

/** The download cap as a viewer reads it: "2 MB", "0.5 MB". */
export function megabytes(bytes: number, locale: Locale): string {
  return locale.t.feed.megabytes(locale.number(Math.round((bytes / 1024 / 1024) * 10) / 10))
}

/**
 * The sentence a viewer reads for a feed that could not be shown (a row's message, Home's error screen,
 * `npm run feed:check`). The data layer reports what happened (data/model.ts FeedError); only this words it.
 */
export function feedErrorText(error: FeedError, locale: Locale): string {
  const feed = theFeed(error.feed, locale)
  const words = locale.t.feed
  switch (error.kind) {
    case 'network':
      return words.network(feed)
    case 'timeout':
      return words.timeout(feed)
    case 'http':
      return error.status === 404 || error.status === 410
        ? words.notFound(feed, String(error.status))
        : words.httpError(feed, String(error.status))
    case 'too-large':
      return words.tooLarge(feed, megabytes(error.maxBytes, locale))
    case 'malformed':
      return {
        xml: words.badXml,
        json: words.badJson,
        damaged: words.damaged,
        unreadable: words.unreadable,
      }[error.problem](feed)
    case 'not-a-feed':
      return notAFeed(error, locale)
    case 'unsupported-encoding':
      return words.encoding(feed, error.label)
    case 'blocked-url':
      return words.blocked(feed)
    case 'reader-missing':
      return words.readerMissing(feed)
    case 'load-failed':
      return words.loadFailed(feed)
  }
}

function notAFeed(error: Extract<FeedError, { kind: 'not-a-feed' }>, locale: Locale): string {
  const address = theAddress(error.feed, locale)
  const words = locale.t.feed
  switch (error.found) {
    case 'web-page':
      return words.webPage(address)
    case 'xml':
      return words.xmlNotFeed(address, error.root)
    case 'json':
      return words.jsonNotFeed(address)
    case 'empty':
      return words.empty(theFeed(error.feed, locale))
    case 'other':
      return words.other(address)
  }
}
