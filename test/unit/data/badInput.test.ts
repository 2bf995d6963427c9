import { describe, expect, it } from 'vitest'
import { fastXmlTree } from '../../../bench/xml/fastXmlTree'
import { decodeFeed } from '../../../src/data/decode'
import { type ParseOptions, parseFeed as parseWith } from '../../../src/data/parseFeed'
import { htmlToText } from '../../../src/data/text/html'
import { saxesTree } from '../../../src/data/xml/saxesTree'
import { english } from '../../../src/i18n/english'
import { feedErrorText } from '../../../src/ui/feedErrorText'
import { defined } from '../../defined'
import { fixture, parseFixture } from './helpers'

/** The parser as Node runs it (feed:check): saxes, the strict and recovering XML parser. */
const parseFeed = (text: string, options: Omit<ParseOptions, 'xml'> & Partial<ParseOptions>) =>
  parseWith(text, { xml: saxesTree, ...options })

describe('encodings', () => {
  it.each([
    [
      'latin1.xml',
      'windows-1252',
      'Crème brûlée à la fête du marché',
      'Prix : 4 £ ou 5 EUR ? Non, 5 francs · ½ tarif.',
    ],
    ['windows-1252.xml', 'windows-1252', '“Smart quotes” – and a € price tag', 'It’s “fine”… costs €3.'],
    ['utf8-bom.xml', 'utf-8', 'Naïve café — UTF-8 with a BOM', 'Ångström.'],
    ['mislabeled-utf8.xml', 'windows-1252', '“Smart quotes” – and a € price tag', 'It’s “fine”… costs €3.'],
  ])('%s is read as %s', (name, encoding, title, summary) => {
    const decoded = decodeFeed(fixture(name))
    expect(decoded).toMatchObject({ ok: true, encoding })
    const result = parseFixture(name)
    expect(result).toMatchObject({ ok: true, stories: [{ title, summary }] })
    expect(JSON.stringify(result)).not.toContain('\uFFFD')
  })

  it('says when a UTF-8 label was wrong', () => {
    const decoded = decodeFeed(fixture('mislabeled-utf8.xml'))
    expect(decoded.ok && decoded.warning).toMatch(/not valid UTF-8/)
  })

  it('lets the XML declaration win over the HTTP charset, and the HTTP charset over the default', () => {
    const latin1 = Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><rss/>\u00e9', 'latin1')
    expect(decodeFeed(latin1, 'text/xml; charset=utf-8')).toMatchObject({ encoding: 'windows-1252' })
    const noDeclaration = Buffer.from('<rss>\u00e9</rss>', 'latin1')
    expect(decodeFeed(noDeclaration, 'application/rss+xml; charset="ISO-8859-1"')).toMatchObject({
      ok: true,
      text: '<rss>é</rss>',
    })
  })

  it('reads UTF-16 with a byte-order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss version="2.0"/>', 'utf16le')])
    expect(decodeFeed(utf16)).toMatchObject({ ok: true, text: '<rss version="2.0"/>' })
  })

  it('gives a typed error for an encoding nobody can read', () => {
    const decoded = decodeFeed(fixture('bad-unknown-encoding.xml'), undefined, 'Martian')
    expect(decoded).toEqual({
      ok: false,
      error: { kind: 'unsupported-encoding', label: 'x-martian-7', feed: 'Martian' },
    })
    if (!decoded.ok) {
      expect(feedErrorText(decoded.error, english)).toBe(
        'The Martian feed uses an encoding this TV cannot read (x-martian-7).',
      )
    }
  })
})

describe('bad input never throws and says what is wrong', () => {
  it.each([
    ['bad-empty.xml', 'not-a-feed', /is empty/],
    ['bad-html-page.html', 'not-a-feed', /web page, not a feed/],
    ['bad-not-xml.xml', 'malformed', /not valid XML/],
    ['bad-not-a-feed.xml', 'not-a-feed', /not a feed \(<sitemap>\)/],
    ['bad-json-not-feed.json', 'not-a-feed', /not a JSON Feed/],
    ['bad-json-broken.json', 'malformed', /not valid JSON/],
  ])('%s → %s', (name, kind, message) => {
    const result = parseFixture(name)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.kind).toBe(kind)
    expect(feedErrorText(result.error, english)).toMatch(message)
  })

  it('a plain-text or binary body is not a feed', () => {
    for (const body of ['Service Unavailable', '\u0000\u0001\u0002PNG']) {
      expect(parseFeed(body, { sectionId: 'x', sectionTitle: 'World' })).toMatchObject({
        ok: false,
        error: { kind: 'not-a-feed', found: 'other', feed: 'World' },
      })
    }
  })

  it('zero items is a valid, empty feed (the row hides), with a warning', () => {
    const result = parseFixture('bad-zero-items.xml')
    expect(result).toMatchObject({ ok: true, stories: [], title: 'Nothing yet' })
    expect(result.warnings).toContain('The feed has no items.')
  })

  it('a feed cut off mid-way keeps the items before the damage, with warnings', () => {
    const result = parseFixture('bad-malformed-partial.xml')
    if (!result.ok) throw new Error('expected a partial result')
    expect(result.stories.map((story) => story.title)).toEqual([
      'A good item before the damage',
      'Fish & chips with an unescaped ampersand',
      'The feed is cut off here mid-way through an item',
    ])
    expect(result.stories[1]?.body).toEqual([
      'The bold text is not escaped either',
      'and this br is never closed.',
    ])
    expect(result.warnings.join('\n')).toMatch(/XML error: .*unclosed tag/)
  })

  it('XML that breaks before its first item is "damaged", not an empty feed', () => {
    const result = parseFeed('<rss version="2.0"><channel><title>x</title><item', {
      sectionId: 'x',
      sectionTitle: 'World',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'malformed', problem: 'damaged', feed: 'World' },
    })
  })

  it('XML that breaks inside its first item, before anything readable, is "damaged" too (not hidden as empty)', () => {
    const result = parseFeed('<rss version="2.0"><channel><title>x</title><item><tit', {
      sectionId: 'x',
      sectionTitle: 'World',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'malformed', problem: 'damaged', feed: 'World' },
    })
  })

  it('an entity-expansion bomb is not expanded (saxes) and never hangs or grows', () => {
    const result = parseFixture('bad-entity-bomb.xml')
    if (!result.ok) throw new Error('expected the safe item')
    expect(result.stories.map((story) => story.title)).toEqual(['A normal item after the bomb'])
    expect(JSON.stringify(result).length).toBeLessThan(5_000)
    expect(result.warnings.join('\n')).toMatch(/undefined entity/)
  })

  it('fast-xml-parser stops the same bomb at its expansion limits', () => {
    const result = parseFixture('bad-entity-bomb.xml', fastXmlTree)
    expect(JSON.stringify(result).length).toBeLessThan(200_000)
  })

  it('javascript:, data:, file: and whitespace-obfuscated links and images are refused', () => {
    const result = parseFixture('bad-unsafe-links.xml')
    if (!result.ok) throw new Error('expected stories')
    for (const story of result.stories) {
      expect(story.url).toBeUndefined()
      if (story.image) expect(story.image.url).toMatch(/^https?:\/\//)
    }
    const text = JSON.stringify(result.stories)
    expect(text).not.toMatch(/javascript|data:|file:|alert/i)
    expect(result.stats.rejectedUrls).toBeGreaterThanOrEqual(6)
  })

  it('items without title, link or date still become stories where they carry text', () => {
    const result = parseFixture('wire-service-rss2.xml')
    if (!result.ok) throw new Error('expected stories')
    const untitled = result.stories.find((story) => story.title.startsWith('An item with no title'))
    const story = defined(untitled, 'the untitled story')
    expect('url' in story || 'publishedAt' in story).toBe(false)
    expect(story.body).toHaveLength(1)
    expect(story.id).toMatch(/^test-[a-z0-9]+$/)
  })

  it('very deep nesting is cut off instead of exhausting the stack', () => {
    const result = parseFixture('bad-deep-nesting.xml')
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.stories[0]?.title).toBe('Deep item')
  })

  it('a reader bug becomes a "could not be read" error, not an exception', () => {
    const throwing = () => {
      throw new TypeError('boom')
    }
    const result = parseFeed('<rss/>', { sectionId: 'x', sectionTitle: 'World', xml: throwing })
    expect(result).toMatchObject({ ok: false, error: { kind: 'malformed' } })
  })

  // Not a timing assertion: these inputs took 13–37 s each with a backtracking tag regex and take
  // milliseconds with the linear scanner; only a return to quadratic behaviour would hit the test timeout.
  it.each([
    ['unclosed quotes', `<p>ok</p>${'<a href="x'.repeat(20_000)}`],
    ['tags that never close', `<p>ok</p>${'<a '.repeat(50_000)}`],
    ['quotes between tags', `<p>ok</p>${'<a "'.repeat(50_000)}`],
    ['unclosed comments', `<p>ok</p>${'<!--'.repeat(50_000)}`],
  ])('hostile markup (%s) is read in one pass', (_name, html) => {
    expect(htmlToText(html).paragraphs).toEqual(['ok'])
  })

  it('XML that is mostly errors stops being read, keeping what came before', () => {
    const xml = `<rss version="2.0"><channel><item><title>Kept</title></item><item><description>${'<a '.repeat(100_000)}</description></item></channel></rss>`
    const result = parseFeed(xml, { sectionId: 'x' })
    expect(result).toMatchObject({ ok: true, stories: [{ title: 'Kept' }] })
    if (result.ok) expect(result.warnings.join('\n')).toMatch(/reading stopped/)
  })

  it('caps a section and keeps the newest', () => {
    const items = Array.from(
      { length: 30 },
      (_, i) =>
        `<item><title>Story ${i}</title><guid>g${i}</guid><pubDate>${new Date(Date.UTC(2026, 0, 1 + i)).toUTCString()}</pubDate></item>`,
    ).join('')
    const result = parseFeed(`<rss version="2.0"><channel>${items}</channel></rss>`, {
      sectionId: 'x',
      maxStories: 5,
    })
    if (!result.ok) throw new Error('expected stories')
    expect(result.stories.map((story) => story.title)).toEqual([
      'Story 29',
      'Story 28',
      'Story 27',
      'Story 26',
      'Story 25',
    ])
  })

  it('tiny, tracking and emoji images are never chosen; the next real one is', () => {
    const html = [
      '<img src="https://ex.org/pixel.gif" width="1" height="1">',
      '<img src="https://feeds.feedburner.com/~r/x/~4/abc">',
      '<img src="https://s.w.org/images/core/emoji/15/72x72/1f383.png">',
      '<img src="https://ex.org/icon.png" width="16" height="16">',
      '<img src="https://ex.org/real.jpg">',
    ].join('')
    const rss = `<rss version="2.0"><channel><item><title>t</title><description><![CDATA[${html}]]></description></item></channel></rss>`
    const result = parseFeed(rss, { sectionId: 'x' })
    expect(result).toMatchObject({ ok: true, stories: [{ image: { url: 'https://ex.org/real.jpg' } }] })
  })
})
