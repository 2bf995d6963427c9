import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fastXmlTree } from '../../../bench/xml/fastXmlTree'
import type { Story } from '../../../src/data/model'
import { english } from '../../../src/i18n/english'
import { feedErrorText } from '../../../src/ui/feedErrorText'
import { fixturePath, parseFixture } from './helpers'

function stories(name: string): Story[] {
  const result = parseFixture(name)
  if (!result.ok) throw new Error(`${name}: ${feedErrorText(result.error, english)}`)
  return result.stories
}

describe('RSS 2.0', () => {
  it('WordPress: content:encoded body without scripts, iframes, pixels, emoji or the "appeared first" footer', () => {
    const [pumpkins, bypass] = stories('wordpress-rss2.xml')
    expect(pumpkins).toMatchObject({
      title: 'Allotment society’s pumpkin weigh-in draws a record crowd',
      summary: 'More than three hundred people watched the annual weigh-in on Saturday…',
      byline: 'Hattie Groves',
      publishedAt: Date.UTC(2026, 10, 24, 17, 45, 3),
      url: 'https://gazette.example.org/2026/11/24/pumpkin-weigh-in/',
      image: {
        url: 'https://gazette.example.org/wp-content/uploads/2026/11/pumpkins-1024x576.jpg',
        width: 1024,
        height: 576,
        caption: 'The heaviest entries waiting for the scales. Photo: Hattie Groves',
      },
    })
    expect(pumpkins?.body).toEqual([
      'More than three hundred people watched the allotment society’s annual pumpkin weigh-in on Saturday, the largest crowd in the event’s forty-year history.',
      'The winning pumpkin, grown by retired postman Alf Dunmore, weighed 212 kg — a club record.',
      'Proceeds from the £2 entry fee will go to the society’s new polytunnel.',
      'Next year’s weigh-in is on 10 October.',
    ])
    // Double-escaped title entities: `Q&amp;amp;A … &amp;#8211;` in the XML.
    expect(bypass?.title).toBe('Council confirms Q&A session on the bypass – date set')
    expect(bypass?.body).toEqual([
      'Residents will be able to put questions to the highways team on 3 December at the village hall.',
      'Doors open at 6.30pm.',
    ])
    expect(bypass?.image).toBeUndefined()
  })

  it('FeedBurner: origLink over the tracking redirect, the largest image rendition, "email (Name)" authors', () => {
    const [builds, meetup] = stories('feedburner-rss2.xml')
    expect(builds).toMatchObject({
      url: 'https://notes.example.com/2026/11/faster-builds',
      byline: 'Sam Weller',
      publishedAt: Date.UTC(2026, 10, 25, 13, 0),
      image: { url: 'https://notes.example.com/img/builds-large.jpg', width: 1920, height: 1080 },
      body: [
        'We moved the slowest step to a cache and measured again.',
        'Here is what changed, and what did not.',
      ],
    })
    // Author given as a bare address: no byline rather than an e-mail address on screen.
    expect(meetup?.byline).toBeUndefined()
    expect(meetup?.url).toBe('https://notes.example.com/2026/11/meetup')
  })

  it('wire service: media:group best rendition with its caption, duplicates collapsed, missing fields', () => {
    const result = parseFixture('wire-service-rss2.xml')
    if (!result.ok) throw new Error('expected stories')
    const titles = result.stories.map((story) => story.title)
    expect(titles).toEqual([
      'Ferry services cut in half by storm warning',
      'Grain harvest estimate revised up',
      'An item with no title, no link and no date: the first words of the text stand in for the…',
      'Undated note from the newsroom',
    ])
    expect(result.stories[0]).toMatchObject({
      byline: 'Coastline Wire staff',
      image: {
        url: 'https://img.wire.example.com/cw/0031/large.jpg',
        width: 2048,
        caption: 'A ferry waits at the quay as waves break over the harbour wall.',
      },
    })
    expect(result.stories[1]?.publishedAt).toBe(Date.UTC(2026, 10, 25, 8, 5))
    expect(result.stories[1]?.image?.caption).toBe('Combine harvesters at work in the eastern plains.')
    expect(result.stories[3]).toMatchObject({ url: 'https://wire.example.com/notes/newsroom' })
    expect(result.stories[3]?.publishedAt).toBeUndefined()
    expect(result.stats).toMatchObject({ items: 7, duplicates: 2, noTitle: 2, dropped: 1 })
  })

  it('non-Latin scripts come through intact, newest first (ties keep feed order)', () => {
    expect(stories('non-latin-utf8.xml').map((story) => story.title)).toEqual([
      'Новый мост открыт для движения',
      '新しい橋が開通しました',
      'افتتاح الجسر الجديد',
      'Η νέα γέφυρα άνοιξε — Ελλάδα',
    ])
  })
})

describe('RSS 1.0 (RDF)', () => {
  it('reads items beside the channel, dc:creator and dc:date', () => {
    const result = parseFixture('aggregator-rss1.rdf')
    expect(result).toMatchObject({ ok: true, format: 'rss1', title: 'Planet Lighthouse' })
    const [tides, oil] = stories('aggregator-rss1.rdf')
    expect(tides).toMatchObject({ byline: 'Tom Quayle', publishedAt: Date.UTC(2026, 10, 25, 6) })
    expect(oil?.body).toEqual([
      'A ledger from 1898 lists oil at four pence a gallon.',
      'The keeper used eleven gallons a week in winter.',
    ])
  })
})

describe('Atom', () => {
  it('xhtml content, xml:base on feed, entry and content, rel=enclosure images, text titles with "<"', () => {
    const result = parseFixture('atom-xhtml.atom')
    expect(result).toMatchObject({ ok: true, format: 'atom', title: 'Field & Stream Journal' })
    const [rivers, xhtmlTitle] = stories('atom-xhtml.atom')
    expect(rivers).toMatchObject({
      title: 'Q&A: are 5 < 6 rivers enough?',
      summary: 'A hydrologist explains the count.',
      body: [
        'Rivers are counted where they meet the sea, not where they rise.',
        'That is why the atlas lists five & the survey lists six.',
      ],
      url: 'https://journal.example.org/reports/2026/river-count.html',
      image: { url: 'https://journal.example.org/reports/2026/img/rivers.jpg' },
      byline: 'The Journal desk',
      publishedAt: Date.UTC(2026, 10, 25, 7, 30),
      updatedAt: Date.UTC(2026, 10, 25, 9),
    })
    expect(xhtmlTitle).toMatchObject({
      title: 'A title in XHTML',
      body: ['Plain text content.', 'Second paragraph after a blank line.'],
      publishedAt: Date.UTC(2026, 10, 24, 8),
    })
  })

  it('Blogger: escaped HTML with <div> paragraphs, the body image over a 72 px thumbnail, empty titles', () => {
    const [geese, heron] = stories('blogger-atom.xml')
    expect(geese).toMatchObject({
      title: 'First geese of the winter',
      body: [
        'Two hundred geese came in over the reed beds at dusk.',
        'They leave the estuary at first light and feed on the stubble fields inland.',
      ],
      image: { url: 'https://img.example.net/s600/geese.jpg', width: 600 },
      byline: 'Wren Ashby',
      url: 'https://marshdiary.example.net/2026/11/first-geese.html',
      publishedAt: Date.UTC(2026, 10, 24, 20, 10),
    })
    expect(heron?.title).toBe('A quiet week: only a heron, standing very still in the rain, as herons do.')
  })
})

describe('JSON Feed', () => {
  it('1.0: content_text paragraphs, author object, numeric ids, relative images, external_url', () => {
    const [rope, link] = stories('jsonfeed-1.0.json')
    expect(rope).toMatchObject({
      title: 'Episode 41: the rope makers',
      body: [
        'We visit the last rope walk on the coast.',
        'It is three hundred metres long and still in use.',
      ],
      byline: 'Mina Ellery',
      image: { url: 'https://feeds.example.org/images/ropewalk.jpg' },
    })
    // No item author: the feed's author stands in, as JSON Feed 1.0 says.
    expect(link).toMatchObject({ url: 'https://elsewhere.example.net/rope-history', byline: 'Quayside Team' })
    expect(rope?.id).not.toBe(link?.id)
  })

  it('1.1: authors array, summary, figure caption, date_modified; junk items skipped with a warning', () => {
    const result = parseFixture('jsonfeed-1.1.json')
    if (!result.ok) throw new Error('expected stories')
    expect(result.warnings).toContain('1 items are not objects.')
    const [timetable, linkPost, ...rest] = result.stories
    // `{ "title": 42, "content_html": 17 }`: nothing usable as text, so dropped rather than shown as "42".
    expect(rest).toEqual([])
    expect(result.stats.dropped).toBe(1)
    expect(timetable).toMatchObject({
      title: 'Timetable change & what it means',
      summary: 'Fewer stops, faster trains.',
      byline: 'Iris Tan and Leo Marsh',
      image: {
        url: 'https://signalbox.example.com/img/timetable.jpg',
        caption: 'The new departure board at Kessock.',
      },
      updatedAt: Date.UTC(2026, 10, 25, 8, 30),
      body: [
        'From Sunday the stopping service calls at four fewer stations.',
        'Journey times fall by up to nine minutes.',
      ],
    })
    expect(linkPost).toMatchObject({ body: [], summary: '' })
  })
})

describe('both XML libraries give the same stories', () => {
  const xmlFixtures = readdirSync(fixturePath('.')).filter(
    // The bomb is left out on purpose: fast-xml-parser expands DTD entities up to its limits, saxes never does.
    (name) => /\.(xml|atom|rdf)$/.test(name) && !name.startsWith('bad-'),
  )
  it.each(xmlFixtures)('%s', (name) => {
    expect(parseFixture(name, fastXmlTree)).toEqual(parseFixture(name))
  })
})
