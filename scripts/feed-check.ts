/**
 * `npm run feed:check -- <url-or-file>... [--json]`: what would Lightwire make of these feeds?
 * Prints, per feed, the detected format, the story count and the problems found (no images, no dates,
 * duplicates, markup in titles…). `--json` prints the normalized stories instead. The exit code is 1 when
 * any feed cannot be used at all (unreachable, not a feed, no stories), 2 for a usage error.
 * It runs the app's own data layer (src/data) in node, so what it reports is what the TV would show.
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { decodeFeed } from '../src/data/decode.ts'
import { FORMAT_NAMES } from '../src/data/formats/raw.ts'
import { createFeedHttp } from '../src/data/http.ts'
import { type LoadFeedResult, loadFeed } from '../src/data/loadFeed.ts'
import type { FeedStats } from '../src/data/normalize.ts'
import { readFeedText } from '../src/data/readFeedText.ts'
import { english } from '../src/i18n/english'
import { feedErrorText } from '../src/ui/feedErrorText.ts'
import { exitWhenFlushed } from './exitWhenFlushed'

export interface CheckReport {
  source: string
  ok: boolean
  format?: string
  title?: string
  stories: number
  problems: string[]
  result: LoadFeedResult | Unreadable
}

/** A local file that could not be opened: the app never reads files, so this is the tool's own outcome. */
interface Unreadable {
  kind: 'unreadable'
  problem: string
}

function problemsOf(stats: FeedStats): string[] {
  const problems: string[] = []
  const of = (count: number) => `${count} of ${stats.items} items`
  if (stats.noTitle) problems.push(`${of(stats.noTitle)} have no title (one was made from the text)`)
  if (stats.dropped) problems.push(`${of(stats.dropped)} have neither title nor text and were dropped`)
  if (stats.noDate) problems.push(`${of(stats.noDate)} have no readable date`)
  if (stats.noImage) problems.push(`${of(stats.noImage)} have no usable image`)
  if (stats.noBody) problems.push(`${of(stats.noBody)} have no body text`)
  if (stats.duplicates) problems.push(`${stats.duplicates} duplicate items collapsed`)
  if (stats.markupInTitle)
    problems.push(`${of(stats.markupInTitle)} have HTML or entities in the title (cleaned)`)
  if (stats.rejectedUrls)
    problems.push(`${stats.rejectedUrls} links or images refused (unsafe scheme, tracking pixel…)`)
  if (stats.items > stats.kept + stats.duplicates + stats.dropped) {
    problems.push(`only the newest ${stats.kept} stories are kept`)
  }
  return problems
}

async function load(source: string, maxStories: number): Promise<LoadFeedResult | Unreadable> {
  const options = { sectionId: 'check', sectionTitle: source, url: source, maxStories }
  if (/^https?:\/\//i.test(source)) return loadFeed(createFeedHttp({ retries: 1 }), options)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(source)
  } catch (error) {
    return { kind: 'unreadable', problem: `Cannot read ${source}: ${String(error)}` }
  }
  const decoded = decodeFeed(bytes, undefined, source)
  if (!decoded.ok) return { kind: 'error', error: decoded.error, warnings: [] }
  const parsed = await readFeedText(decoded.text, {
    ...options,
    documentUrl: relative(process.cwd(), source),
  })
  const warnings = decoded.warning ? [decoded.warning, ...parsed.warnings] : parsed.warnings
  if (!parsed.ok) return { kind: 'error', error: parsed.error, warnings }
  return {
    kind: 'stories',
    format: parsed.format,
    feedTitle: parsed.title,
    stories: parsed.stories,
    stats: parsed.stats,
    warnings,
  }
}

export async function checkFeed(source: string, maxStories = 1000): Promise<CheckReport> {
  const result = await load(source, maxStories)
  if (result.kind === 'not-modified') return { source, ok: true, stories: 0, problems: [], result }
  if (result.kind === 'unreadable')
    return { source, ok: false, stories: 0, problems: [result.problem], result }
  if (result.kind === 'error') {
    return {
      source,
      ok: false,
      stories: 0,
      problems: [feedErrorText(result.error, english), ...result.warnings],
      result,
    }
  }
  const problems = [...result.warnings, ...problemsOf(result.stats)]
  return {
    source,
    ok: result.stories.length > 0,
    format: FORMAT_NAMES[result.format],
    title: result.feedTitle,
    stories: result.stories.length,
    problems,
    result,
  }
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json')
  const sources = argv.filter((arg) => arg !== '--json' && arg !== '--')
  if (sources.length === 0) {
    console.error('usage: npm run feed:check -- <url-or-file>... [--json]')
    return 2
  }
  const reports = await Promise.all(sources.map((source) => checkFeed(source)))
  if (json) {
    const out = reports.map((report) => ({
      source: report.source,
      ok: report.ok,
      format: report.format,
      title: report.title,
      problems: report.problems,
      stories: report.result.kind === 'stories' ? report.result.stories : [],
    }))
    console.log(JSON.stringify(out.length === 1 ? out[0] : out, null, 2))
  } else {
    for (const report of reports) {
      const head = report.ok ? '✓' : '✗'
      const detail = report.format ? `${report.format}, ${report.stories} stories` : 'unusable'
      console.log(`${head} ${report.source}: ${detail}${report.title ? ` — “${report.title}”` : ''}`)
      for (const problem of report.problems) console.log(`    ! ${problem}`)
    }
  }
  return reports.every((report) => report.ok) ? 0 : 1
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => exitWhenFlushed(code),
    (error: unknown) => {
      console.error(`feed:check: ${error instanceof Error ? error.message : String(error)}`)
      exitWhenFlushed(1)
    },
  )
}
