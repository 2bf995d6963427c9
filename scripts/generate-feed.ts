/**
 * Generates RSS feeds of any size, with made-up stories and SVG images, for tests and benchmarks:
 *
 *   npx tsx scripts/generate-feed.ts --sections 20 --stories 200 --out /tmp/feeds
 *     writes /tmp/feeds/<id>.xml, /tmp/feeds/img/<n>.svg and /tmp/feeds/sections.json (paste into settings.json,
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
  const base = options.base ?? './gen'
  const now = options.now ?? Date.now()
  const fresh = options.revision ?? 0
  const items: string[] = []
  for (let i = -fresh; i < options.stories; i++) {
    // Negative indexes are the newer stories of a later revision: their ids never collide with older ones.
    const n = i < 0 ? 100_000 + fresh + i : i
    const date = new Date(now - (i + fresh) * 11 * 60_000).toUTCString()
    const title = headline(section, n)
    const image = `${base}/img/${(section * 3 + n) % 24}.svg`
    items.push(`    <item>
      <title>${escapeXml(title)}</title>
      <link>https://news.example.org/${sectionId(section)}/${n}</link>
      <guid isPermaLink="false">${sectionId(section)}-${n}</guid>
      <pubDate>${date}</pubDate>
      <description>${escapeXml(`${title}. What happened, who it affects and what comes next.`)}</description>
      <enclosure url="${image}" type="image/svg+xml" length="0"/>
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

/** A 16:9 picture: a colour field, a horizon and a sun, numbered so screenshots show which image is which. */
export function generateImage(n: number): string {
  const sky = PALETTE[n % PALETTE.length]
  const land = PALETTE[(n + 3) % PALETTE.length]
  const sun = PALETTE[(n + 5) % PALETTE.length]
  const cx = 200 + ((n * 137) % 880)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">
  <rect width="1280" height="720" fill="${sky}"/>
  <circle cx="${cx}" cy="260" r="120" fill="${sun}"/>
  <path d="M0 520 Q 320 ${420 + (n % 5) * 30} 640 500 T 1280 480 V 720 H 0 Z" fill="${land}"/>
</svg>
`
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
 * Serves `/gen/<id>.xml` and `/gen/img/<n>.svg`. `options` is read on every request, so a test can bump
 * `revision` (or anything else) between two fetches to simulate a changed feed.
 */
export function generatedFeedRoute(options: GeneratedFeedOptions): Route {
  return (_req, res, url) => {
    const feed = /^\/gen\/gen-(\d+)\.xml$/.exec(url.pathname)
    const image = /^\/gen\/img\/(\d+)\.svg$/.exec(url.pathname)
    if (feed) {
      const section = Number(feed[1])
      if (section >= options.sections) return false
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'cache-control': 'no-cache' })
      res.end(generateFeed(section, options))
      return true
    }
    if (image) {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-cache' })
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
  for (let n = 0; n < 24; n++) writeFileSync(join(options.out, 'img', `${n}.svg`), generateImage(n))
  const settings = generatedSettings(options) as { appSettings: { sections: unknown } }
  writeFileSync(
    join(options.out, 'sections.json'),
    `${JSON.stringify(settings.appSettings.sections, null, 2)}\n`,
  )
  console.log(`Wrote ${options.sections} feeds × ${options.stories} stories to ${options.out}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
