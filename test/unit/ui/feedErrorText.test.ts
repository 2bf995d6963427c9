import { describe, expect, it } from 'vitest'
import type { FeedError } from '../../../src/data/model'
import { english } from '../../../src/i18n/english'
import { feedErrorText } from '../../../src/ui/feedErrorText'

describe('feedErrorText: the words for each feed error (the data layer only says what happened)', () => {
  it.each<[FeedError, string]>([
    [{ kind: 'network', feed: 'World' }, 'The World feed could not be reached.'],
    [{ kind: 'network' }, 'This feed could not be reached.'],
    [{ kind: 'timeout', feed: 'World' }, 'The World feed took too long to answer.'],
    [{ kind: 'http', status: 404, feed: 'World' }, 'The World feed was not found (HTTP 404).'],
    [{ kind: 'http', status: 410, feed: 'World' }, 'The World feed was not found (HTTP 410).'],
    [{ kind: 'http', status: 502, feed: 'World' }, 'The World feed is unavailable right now (HTTP 502).'],
    [
      { kind: 'too-large', maxBytes: 5 * 1024 * 1024, feed: 'World' },
      'The World feed is too large to show (over 5 MB).',
    ],
    [{ kind: 'too-large', maxBytes: 300 * 1024 }, 'This feed is too large to show (over 0.3 MB).'],
    [{ kind: 'malformed', problem: 'xml', feed: 'World' }, 'The World feed is not valid XML.'],
    [{ kind: 'malformed', problem: 'json', feed: 'World' }, 'The World feed is not valid JSON.'],
    [{ kind: 'malformed', problem: 'damaged', feed: 'World' }, 'The World feed is damaged.'],
    [{ kind: 'malformed', problem: 'unreadable', feed: 'World' }, 'The World feed could not be read.'],
    [
      { kind: 'not-a-feed', found: 'web-page', feed: 'World' },
      'The World address returned a web page, not a feed.',
    ],
    [
      { kind: 'not-a-feed', found: 'xml', root: 'sitemap', feed: 'World' },
      'The World address returned XML that is not a feed (<sitemap>).',
    ],
    [
      { kind: 'not-a-feed', found: 'json', feed: 'World' },
      'The World address returned JSON that is not a JSON Feed.',
    ],
    [{ kind: 'not-a-feed', found: 'empty', feed: 'World' }, 'The World feed is empty.'],
    [{ kind: 'not-a-feed', found: 'other', feed: 'World' }, 'The World address did not return a feed.'],
    [
      { kind: 'unsupported-encoding', label: 'ebcdic', feed: 'World' },
      'The World feed uses an encoding this TV cannot read (ebcdic).',
    ],
    [{ kind: 'blocked-url', feed: 'World' }, "The World feed's address is not allowed."],
    [
      { kind: 'reader-missing', feed: 'World' },
      "The World feed could not be read: the app's feed reader did not load.",
    ],
    [{ kind: 'load-failed', feed: 'World' }, 'The World feed could not be loaded.'],
  ])('%o → %s', (error, words) => {
    expect(feedErrorText(error, english)).toBe(words)
  })
})
