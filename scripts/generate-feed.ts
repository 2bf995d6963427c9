/**
 * Generates RSS feeds of any size, with made-up stories and SVG images, for tests and benchmarks:
 *
 *   npx tsx scripts/generate-feed.ts --sections 20 --stories 200 --out /tmp/feeds
 *     writes /tmp/feeds/<id>.xml, /tmp/feeds/img/<n>.png and /tmp/feeds/sections.json (paste into settings.json,
 *     with the folder copied or linked under the app as ./gen/).
 *
 * In e2e tests nothing is written: `generatedFeedRoute()` serves the same feeds and images on the fly and
 * `generatedSettings()` makes the matching settings.json (pass both to `useTv().open({ routes, settings })`).
 * Every story is deterministic for its (section, index, revision): a test can serve revision 2 to simulate
 * a refresh in which new stories arrived at the top.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { deflateSync } from 'node:zlib'
import type { Route } from '../server/appServer'

export interface GeneratedFeedOptions {
  sections: number
  stories: number
  /** Where the app finds generated files, relative to the app (default `./gen`). */
  base?: string
  /** Epoch ms the newest story is dated from (default: now). */
  now?: number
  /** Stories per section that are newer in this revision (simulates a refresh with news at the top). */
  revision?: number
}

const TOPICS = [
  'harbour',
  'rail line',
  'city library',
  'wind farm',
  'school board',
  'river crossing',
  'market hall',
  'research lab',
  'orchestra',
  'football club',
  'ferry service',
  'water board',
]
const ACTIONS = [
  'approved a plan for the',
  'opened a long-awaited review of the',
  'reported record interest in the',
  'delayed the vote on the',
  'unveiled a new design for the',
  'set aside funds to rebuild the',
  'asked residents what they want from the',
  'published the first results from the',
]
const WHO = ['The council', 'Regional leaders', 'A new study', 'Local traders', 'Engineers', 'Volunteers']
const PALETTE = ['#1d4e89', '#00798c', '#d1495b', '#edae49', '#66a182', '#2e4057', '#8d6a9f', '#c05746']

export function sectionId(index: number): string {
  return `gen-${index}`
}

export function headline(section: number, story: number): string {
  const who = WHO[(story + section) % WHO.length]
  const action = ACTIONS[(story * 3 + section) % ACTIONS.length]
  const topic = TOPICS[(story * 7 + section * 5) % TOPICS.length]
  return `${who} ${action} ${topic} (${section + 1}.${story + 1})`
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** One RSS 2.0 document for a section. `revision` > 0 prepends that many newer stories. */
export function generateFeed(section: number, options: GeneratedFeedOptions): string {
  const now = options.now ?? Date.now()
  const fresh = options.revision ?? 0
  const items: string[] = []
  for (let i = -fresh; i < options.stories; i++) {
    // Negative indexes are the newer stories of a later revision: their ids never collide with older ones.
    const n = i < 0 ? 100_000 + fresh + i : i
    const date = new Date(now - (i + fresh) * 11 * 60_000).toUTCString()
    const title = headline(section, n)
    // Relative to the feed document, as feed readers resolve it.
    const image = `img/${(section * 3 + n) % 24}.png`
    items.push(`    <item>
      <title>${escapeXml(title)}</title>
      <link>https://news.example.org/${sectionId(section)}/${n}</link>
      <guid isPermaLink="false">${sectionId(section)}-${n}</guid>
      <pubDate>${date}</pubDate>
      <description>${escapeXml(`${title}. What happened, who it affects and what comes next.`)}</description>
      <enclosure url="${image}" type="image/png" length="0"/>
    </item>`)
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Generated section ${section + 1}</title>
    <link>https://news.example.org/${sectionId(section)}</link>
    <description>Generated stories for tests and benchmarks</description>
${items.join('\n')}
  </channel>
</rss>
`
}

/** A 16:9 PNG (640×360): a colour field, a sun and a hill, different for each `n`. */
export function generateImage(n: number): Buffer {
  const [w, h] = [640, 360]
  const sky = rgb(PALETTE[n % PALETTE.length])
  const land = rgb(PALETTE[(n + 3) % PALETTE.length])
  const sun = rgb(PALETTE[(n + 5) % PALETTE.length])
  const cx = 100 + ((n * 137) % 440)
  const raw = Buffer.alloc((w * 3 + 1) * h)
  for (let y = 0; y < h; y++) {
    const row = y * (w * 3 + 1)
    for (let x = 0; x < w; x++) {
      const horizon = 260 + 30 * Math.sin((x + n * 40) / 90)
      const inSun = (x - cx) ** 2 + (y - 130) ** 2 < 60 ** 2
      const color = y > horizon ? land : inSun ? sun : sky
      raw.set(color, row + 1 + x * 3)
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(w, 0)
  header.writeUInt32BE(h, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function rgb(hex = '#808080'): number[] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16))
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff
  for (const byte of data) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

export function generatedSettings(options: GeneratedFeedOptions): unknown {
  const base = options.base ?? './gen'
  return {
    appSettings: {
      stage: { w: 1920, h: 1080 },
      sections: Array.from({ length: options.sections }, (_, i) => ({
        id: sectionId(i),
        title: `Section ${i + 1}`,
        url: `${base}/${sectionId(i)}.xml`,
      })),
      refreshMinutes: 10,
    },
    platformSettings: { path: './static', inspector: false, proxyUrl: '', log: false },
  }
}

/**
 * Serves `/gen/<id>.xml` and `/gen/img/<n>.png`. `options` is read on every request, so a test can bump
 * `revision` (or anything else) between two fetches to simulate a changed feed.
 */
export function generatedFeedRoute(options: GeneratedFeedOptions): Route {
  return (_req, res, url) => {
    const feed = /^\/gen\/gen-(\d+)\.xml$/.exec(url.pathname)
    const image = /^\/gen\/img\/(\d+)\.png$/.exec(url.pathname)
    if (feed) {
      const section = Number(feed[1])
      if (section >= options.sections) return false
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'cache-control': 'no-cache' })
      res.end(generateFeed(section, options))
      return true
    }
    if (image) {
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-cache' })
      res.end(generateImage(Number(image[1])))
      return true
    }
    return false
  }
}

function parseArgs(argv: string[]): GeneratedFeedOptions & { out: string } {
  const value = (name: string, fallback: string) => {
    const at = argv.indexOf(`--${name}`)
    return at >= 0 && argv[at + 1] ? (argv[at + 1] as string) : fallback
  }
  const sections = Number(value('sections', '20'))
  const stories = Number(value('stories', '200'))
  if (!Number.isInteger(sections) || sections < 1 || !Number.isInteger(stories) || stories < 1) {
    throw new Error('--sections and --stories must be positive whole numbers')
  }
  return { sections, stories, out: value('out', 'gen'), base: value('base', './gen') }
}

function main(): void {
  const options = parseArgs(process.argv.slice(2))
  mkdirSync(join(options.out, 'img'), { recursive: true })
  for (let s = 0; s < options.sections; s++) {
    writeFileSync(join(options.out, `${sectionId(s)}.xml`), generateFeed(s, options))
  }
  for (let n = 0; n < 24; n++) writeFileSync(join(options.out, 'img', `${n}.png`), generateImage(n))
  const settings = generatedSettings(options) as { appSettings: { sections: unknown } }
  writeFileSync(
    join(options.out, 'sections.json'),
    `${JSON.stringify(settings.appSettings.sections, null, 2)}\n`,
  )
  console.log(`Wrote ${options.sections} feeds × ${options.stories} stories to ${options.out}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
