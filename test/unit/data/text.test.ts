import { describe, expect, it } from 'vitest'
import { proxiedUrl } from '../../../src/data/proxy'
import { parseDate } from '../../../src/data/text/dates'
import { decodeEntities } from '../../../src/data/text/entities'
import { stableHash } from '../../../src/data/text/hash'
import { htmlToLine, htmlToText } from '../../../src/data/text/html'
import { resolveUrl } from '../../../src/data/url'

describe('decodeEntities', () => {
  it.each([
    ['Fish &amp; chips', 'Fish & chips'],
    ['Q&amp;amp;A', 'Q&A'],
    ['it&amp;#8217;s', 'it’s'],
    ['&#x201C;quoted&#x201d; &#8212; &mdash;', '“quoted” — —'],
    ['caf&eacute; &nbsp;&pound;5 &euro;', 'café \u00a0£5 €'],
    ['&copy 2026', '© 2026'],
    ['AT&T and R&D', 'AT&T and R&D'],
    ['&lol9; bomb', ' bomb'],
    ['&#0; &#xD800; &#1114112;', '\uFFFD \uFFFD \uFFFD'],
  ])('%s → %s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected)
  })
})

describe('htmlToText', () => {
  it('keeps paragraph breaks and drops scripts, styles, iframes, embeds and comments', () => {
    const html = `<p>First <b>bold</b> para.</p><script>alert("x")</script><style>p{}</style>
      <!-- a comment <p>not text</p> --><iframe src="x">fallback</iframe><object><embed src="y"></object>
      <div>Second<br>third line</div><ul><li>one</li><li>two</li></ul><noscript>no</noscript>`
    expect(htmlToText(html).paragraphs).toEqual(['First bold para.', 'Second', 'third line', 'one', 'two'])
  })

  it('trims whitespace and CDATA padding, collapses runs, decodes entities after stripping tags', () => {
    expect(htmlToText('  <![CDATA[  <p>  a \n\t b&nbsp;&amp;amp; c </p>  ]]>  ').paragraphs).toEqual([
      'a b & c',
    ])
  })

  it('reads markup a CMS escaped twice as markup, not as text', () => {
    expect(htmlToText('&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two &amp;amp; three&lt;/p&gt;').paragraphs).toEqual([
      'One',
      'Two & three',
    ])
  })

  it('collects images with their sizes and the first figure caption, outside the paragraphs', () => {
    const text = htmlToText(
      '<figure><img src="a.jpg" width="800" height="450" alt="A"><figcaption>The <i>caption</i></figcaption></figure><p>Body</p><img data-src="b.png">',
    )
    expect(text.paragraphs).toEqual(['Body'])
    expect(text.caption).toBe('The caption')
    expect(text.images).toEqual([
      { src: 'a.jpg', width: 800, height: 450, alt: 'A' },
      { src: 'b.png', width: undefined, height: undefined, alt: undefined },
    ])
  })

  it('survives attributes containing ">" and unterminated tags without hanging', () => {
    expect(htmlToText('<a title="x > y" href="z">link</a> text').paragraphs).toEqual(['link text'])
    expect(htmlToText('<p>open <script>never closed').paragraphs).toEqual(['open'])
    expect(htmlToText('<'.repeat(10_000)).paragraphs).toEqual(['<'.repeat(10_000)])
  })

  it('makes one plain line for titles', () => {
    expect(htmlToLine('<p>Breaking: <em>rates</em> &amp; bonds</p>')).toBe('Breaking: rates & bonds')
    expect(htmlToLine('5 < 6 & Q&A')).toBe('5 < 6 & Q&A')
  })
})

describe('parseDate', () => {
  const utc = (...args: [number, number, number, number, number]) => Date.UTC(...args)
  it.each([
    ['Wed, 25 Nov 2026 09:30:00 GMT', utc(2026, 10, 25, 9, 30)],
    ['Wed, 25 Nov 2026 09:30:00 +0100', utc(2026, 10, 25, 8, 30)],
    ['25 Nov 2026 09:30 EST', utc(2026, 10, 25, 14, 30)],
    ['Mi, 25 Nov 2026 09:30:00 GMT', utc(2026, 10, 25, 9, 30)],
    ['Wed, 25 November 26 09:30:00 Z', utc(2026, 10, 25, 9, 30)],
    ['2026-11-25T09:30:00Z', utc(2026, 10, 25, 9, 30)],
    ['2026-11-25T09:30:00.123+02:00', utc(2026, 10, 25, 7, 30)],
    ['2026-11-25 09:30:00', utc(2026, 10, 25, 9, 30)],
    ['2026-11-25', utc(2026, 10, 25, 0, 0)],
  ])('%s', (input, expected) => {
    expect(parseDate(input)).toBe(expected)
  })

  it('returns undefined, never NaN, for what it cannot read', () => {
    for (const input of [undefined, '', 'yesterday', '2026-13-45T99:00:00Z', '32 Foo 2026 10:00']) {
      expect(parseDate(input)).toBeUndefined()
    }
  })
})

describe('stableHash', () => {
  it('is stable, URL-hash safe and different for different keys', () => {
    expect(stableHash('https://example.org/a')).toBe(stableHash('https://example.org/a'))
    expect(stableHash('https://example.org/a')).not.toBe(stableHash('https://example.org/b'))
    expect(stableHash('anything at all / # ? ü')).toMatch(/^[a-z0-9]{14}$/)
  })
})

describe('resolveUrl', () => {
  it.each([
    ['img/a.jpg', ['https://ex.org/feed/rss.xml'], 'https://ex.org/feed/img/a.jpg'],
    ['/a.jpg', ['https://ex.org/feed/rss.xml'], 'https://ex.org/a.jpg'],
    [
      'a.jpg',
      ['sub/', 'https://ex.org/base/', 'https://other.org/feed.xml'],
      'https://ex.org/base/sub/a.jpg',
    ],
    ['../images/a.jpg', ['./static/feeds/top.xml'], 'static/images/a.jpg'],
    ['a.jpg', ['../images/', 'static/feeds/b.atom'], 'static/images/a.jpg'],
    ['https://cdn.org/x.jpg', ['static/feeds/top.xml'], 'https://cdn.org/x.jpg'],
    ['javascript:alert(1)', ['https://ex.org/'], undefined],
    [' JavaScript:alert(1)', [], undefined],
    ['java\tscript:alert(1)', [], undefined],
    ['data:image/png;base64,AAAA', [], undefined],
    ['file:///etc/passwd', [], undefined],
    ['mailto:a@b.org', [], undefined],
    ['', ['https://ex.org/'], undefined],
    ['a.jpg', ['javascript:x/', 'https://ex.org/f/'], 'https://ex.org/f/a.jpg'],
  ])('%s against %j → %s', (url, bases, expected) => {
    expect(resolveUrl(url, ...bases)).toBe(expected)
  })
})

describe('proxiedUrl', () => {
  const feed = 'https://news.example.org/rss?x=1&y=2'
  it('wraps absolute feeds from other origins, leaves bundled and same-origin feeds alone', () => {
    expect(proxiedUrl(feed, 'proxy')).toBe(`proxy?url=${encodeURIComponent(feed)}`)
    expect(proxiedUrl(feed, '/p?key=1')).toBe(`/p?key=1&url=${encodeURIComponent(feed)}`)
    expect(proxiedUrl(feed, 'https://cors.example.com/{url}')).toBe(
      `https://cors.example.com/${encodeURIComponent(feed)}`,
    )
    expect(proxiedUrl(feed, '')).toBe(feed)
    expect(proxiedUrl('./static/feeds/top.xml', 'proxy')).toBe('./static/feeds/top.xml')
    expect(proxiedUrl('https://news.example.org/a.xml', 'proxy', 'https://news.example.org')).toBe(
      'https://news.example.org/a.xml',
    )
  })
})

describe('characters a TV must not draw', () => {
  it('drops control characters, noncharacters, replacement characters and lone surrogates', () => {
    expect(htmlToLine('Bell\u0007 and escape\u001b[31m red\u007f \u009b C1')).toBe(
      'Bell and escape[31m red C1',
    )
    expect(htmlToLine('Non\ufdd0characters\ufffe\uffff and \ufffd')).toBe('Noncharacters and')
    expect(htmlToLine('lone \ud800 high and \udfff low')).toBe('lone high and low')
    expect(htmlToLine('next\u0085line')).toBe('next line')
  })

  it('keeps what real text needs: surrogate pairs, ZWJ emoji sequences, ZWNJ in Persian, combining marks', () => {
    const family = '👩\u200d👩\u200d👧'
    const persian = 'می\u200cخواهم'
    expect(htmlToLine(`A family ${family} and 𠀋 𝕋`)).toBe(`A family ${family} and 𠀋 𝕋`)
    expect(htmlToLine(persian)).toBe(persian)
    expect(htmlToLine('cafe\u0301')).toBe('cafe\u0301')
    expect(htmlToLine('zero\u200bwidth\u2060joiner\ufeffbom soft\u00adhyphen')).toBe(
      'zerowidthjoinerbom softhyphen',
    )
  })
})

describe('void elements in feed HTML', () => {
  it('an <embed> (which has no end tag) does not swallow the paragraphs after it', () => {
    expect(htmlToText('<p>Before.</p><embed src="movie.swf"><p>After the embed.</p>').paragraphs).toEqual([
      'Before.',
      'After the embed.',
    ])
    expect(htmlToText('<object data="x.swf"><p>Fallback</p></object><p>After.</p>').paragraphs).toEqual([
      'After.',
    ])
  })
})
