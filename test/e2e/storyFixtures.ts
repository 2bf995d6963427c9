/**
 * A made-up "Reader Desk" feed (JSON Feed 1.1) for the story reader's e2e tests: a long story with an image,
 * a short one without, one that carries only a summary, and one in Chinese and Arabic. All text is written
 * for Lightwire; people and places are invented.
 */
import type { Route } from '../../server/appServer'
import { stableHash } from '../../src/data/text/hash'

const FERRY = [
  'The night ferry between Port Elsa and the island of Marrow sailed again on Friday, eleven years after the last crossing was cancelled for want of passengers and a boat that could still pass its inspection.',
  'About two hundred people waited on the quay in a thin drizzle to watch the Wren, a refitted cargo vessel painted in the old company colours of green and cream, pull away at a quarter to eleven.',
  '“My grandmother met my grandfather on this boat,” said Ilse Varga, who had driven four hours to be on the first sailing. “I wanted to see the lights of the harbour from the water the way they did.”',
  'The service was revived by a cooperative of island families who bought the Wren at auction last spring. They raised the money through small loans from residents, a grant from the regional council and the sale of four hundred “first crossing” tickets at twice the usual fare.',
  'The crossing takes just under three hours. Passengers can sleep in one of twenty cabins or on reclining seats in the lounge, where a small galley serves soup, bread and the island’s own pale cider.',
  'For islanders the ferry is more than a curiosity. Since the night service stopped, anyone who missed the last afternoon boat had to pay for a hotel in Port Elsa, and deliveries of fresh fish to the mainland markets arrived too late for the morning trade.',
  'Tomas Reilly, who runs the island’s only boatyard, said the return of a night crossing meant he could send repaired engines back to mainland customers the same day. “It sounds small,” he said. “It is the difference between a business and a hobby.”',
  'The cooperative plans three sailings a week through the winter and a nightly service from May, if bookings hold up. It has promised to publish its accounts every quarter so that the residents who lent it money can see how the venture is doing.',
  'Not everyone is convinced. A councillor on the mainland, Petra Holm, said she welcomed the service but worried that the cooperative had underestimated the cost of fuel and of keeping an older vessel in good repair through the winter storms.',
  'The cooperative’s chair, Anna Lind, said the figures had been checked by two independent surveyors and that the Wren’s engines had been rebuilt rather than patched. “We are not romantics,” she said. “We are islanders who have done the sums.”',
  'As the Wren cleared the breakwater, the crowd on the quay began to drift home. A few stayed until the ferry’s lights had shrunk to a single point on the dark water, then disappeared behind the headland.',
  'The return sailing left Marrow at six on Saturday morning, carrying eleven passengers, two vans of fish and a crate of repaired outboard motors bound for a dealer in Port Elsa.',
  'The cooperative said that if the first month goes well it will ask the council to extend the harbour’s opening hours, so that the ferry can also carry freight on the nights when passenger numbers are low.',
  'Ilse Varga, who made the round trip, said the crossing had been calm and the cabins warm. “The cider was better than I remembered,” she said. “Or perhaps the company was.”',
]

const now = Date.now()
const iso = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString()

export const READER_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Lightwire Reader Desk',
  home_page_url: 'https://news.example.org/reader/',
  items: [
    {
      id: 'reader-ferry',
      url: 'https://news.example.org/reader/night-ferry-returns-to-port-elsa',
      title: 'The night ferry returns to Port Elsa after eleven years',
      summary:
        'An island cooperative has revived the overnight crossing to Marrow with a refitted cargo ship.',
      content_html: FERRY.map((p) => `<p>${p}</p>`).join(''),
      image: '../images/harbour.jpg',
      date_published: iso(95),
      authors: [{ name: 'Nora Lindqvist' }],
    },
    {
      id: 'reader-short',
      url: 'https://news.example.org/reader/harbour-clock-repaired',
      title: 'Harbour clock keeps time again',
      summary: 'The clock on the harbour master’s office is running again.',
      content_text:
        'The clock on the harbour master’s office in Port Elsa is keeping time again after a volunteer spent three weekends cleaning and oiling its movement. It had stopped at twenty past four in the great storm two winters ago.',
      date_published: iso(180),
      authors: [{ name: 'Sami Okoro' }],
    },
    {
      id: 'reader-summary',
      url: 'https://news.example.org/reader/ferry-timetable',
      title: 'Ferry timetable for the winter season published',
      summary:
        'The Marrow ferry cooperative has published its winter timetable, with sailings on Monday, Wednesday and Friday nights.',
      date_published: iso(240),
    },
    {
      id: 'reader-world',
      url: 'https://news.example.org/reader/ferry-world-languages',
      title: 'The ferry story in Chinese and Arabic',
      summary: 'A short multilingual note.',
      content_text: [
        '马罗岛的夜间渡轮在停航十一年后于周五重新起航。大约两百人在细雨中等候，目送这艘翻新的货船在十点四十五分驶离码头。合作社计划冬季每周航行三次，从五月起每晚航行。',
        'عادت العبارة الليلية بين ميناء إلسا وجزيرة مارو إلى الإبحار يوم الجمعة، بعد أحد عشر عاما من إلغاء آخر رحلة. وانتظر نحو مئتي شخص على الرصيف تحت رذاذ خفيف لمشاهدة السفينة وهي تغادر.',
      ].join('\n\n'),
      date_published: iso(300),
    },
  ],
}

export const READER_SECTION = { id: 'reader', title: 'Reader Desk', url: './static/feeds/reader-test.json' }

/** settings.json with the Reader Desk first, then the bundled World feed (for "Up next" across sections). */
export const readerSettings = {
  appSettings: {
    sections: [READER_SECTION, { id: 'world', title: 'World', url: './static/feeds/world.xml' }],
    refreshMinutes: 10,
  },
  platformSettings: { path: './static', inspector: false, proxyUrl: '' },
}

export const readerFeedRoute: Route = (_req, res, url) => {
  if (url.pathname !== '/static/feeds/reader-test.json') return false
  res.writeHead(200, { 'content-type': 'application/feed+json', 'cache-control': 'no-cache' })
  res.end(JSON.stringify(READER_FEED))
  return true
}

/** The app's id for a Reader Desk item (the feed engine derives it from the guid: src/data/normalize.ts). */
export const readerStoryId = (itemId: string): string => `${READER_SECTION.id}-${stableHash(itemId)}`
