import type { FeedError } from '../data/model'

/**
 * How a message names a feed: "The World feed", or "This feed" when the section has no name. One wording for
 * every feed error, so a viewer reads the same phrase whatever went wrong.
 */
export function theFeed(name: string | undefined): string {
  return name ? `The ${name} feed` : 'This feed'
}

/** "The World address", for what came back from the feed's URL. */
const theAddress = (name: string | undefined): string => (name ? `The ${name} address` : 'This address')

/** The download cap as a viewer reads it: "2 MB", "0.5 MB". */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
}

/**
 * The sentence a viewer reads for a feed that could not be shown (a row's message, Home's error screen,
 * `npm run feed:check`). The data layer reports what happened (data/model.ts FeedError); only this words it.
 */
export function feedErrorText(error: FeedError): string {
  const feed = theFeed(error.feed)
  switch (error.kind) {
    case 'network':
      return `${feed} could not be reached.`
    case 'timeout':
      return `${feed} took too long to answer.`
    case 'http':
      return error.status === 404 || error.status === 410
        ? `${feed} was not found (HTTP ${error.status}).`
        : `${feed} is unavailable right now (HTTP ${error.status}).`
    case 'too-large':
      return `${feed} is too large to show (over ${megabytes(error.maxBytes)}).`
    case 'malformed':
      return {
        xml: `${feed} is not valid XML.`,
        json: `${feed} is not valid JSON.`,
        damaged: `${feed} is damaged.`,
        unreadable: `${feed} could not be read.`,
      }[error.problem]
    case 'not-a-feed':
      return notAFeed(error)
    case 'unsupported-encoding':
      return `${feed} uses an encoding this TV cannot read (${error.label}).`
    case 'blocked-url':
      return `${feed}'s address is not allowed.`
    case 'reader-missing':
      return `${feed} could not be read: the app's feed reader did not load.`
    case 'load-failed':
      return `${feed} could not be loaded.`
  }
}

function notAFeed(error: Extract<FeedError, { kind: 'not-a-feed' }>): string {
  const address = theAddress(error.feed)
  switch (error.found) {
    case 'web-page':
      return `${address} returned a web page, not a feed.`
    case 'xml':
      return `${address} returned XML that is not a feed (<${error.root}>).`
    case 'json':
      return `${address} returned JSON that is not a JSON Feed.`
    case 'empty':
      return `${theFeed(error.feed)} is empty.`
    case 'other':
      return `${address} did not return a feed.`
  }
}
