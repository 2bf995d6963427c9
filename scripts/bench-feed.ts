/**
 * Feed parsing benchmark: parse + normalize a 1,000-item feed with each XML candidate (saxes, shipped;
 * fast-xml-parser, compared), in the same process and run, and report the browser bundle cost of each.
 * `npx tsx scripts/bench-feed.ts [--items 1000] [--rounds 15]`; `npm run bench` reuses `benchFeedParsing`.
 * Timing lives here, never in tests (a shared 2-core machine is too noisy to assert on).
 */

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { fastXmlTree } from '../bench/xml/fastXmlTree.ts'
import { parseFeed } from '../src/data/parseFeed.ts'
import { saxesTree } from '../src/data/xml/saxesTree.ts'
import type { XmlTreeBuilder } from '../src/data/xml/tree.ts'
import { english } from '../src/i18n/english'
import { feedErrorText } from '../src/ui/feedErrorText.ts'
import { exitWhenFlushed } from './exitWhenFlushed'

const root = resolve(import.meta.dirname, '..')

export const CANDIDATES: Record<string, { xml: XmlTreeBuilder; module: string; exportName: string }> = {
  saxes: { xml: saxesTree, module: 'src/data/xml/saxesTree.ts', exportName: 'saxesTree' },
  'fast-xml-parser': { xml: fastXmlTree, module: 'bench/xml/fastXmlTree.ts', exportName: 'fastXmlTree' },
}

/** A realistic big feed: the bundled Top Stories items repeated with unique guids, links and dates. */
export function syntheticRss(items: number): string {
  const sample = readFileSync(resolve(root, 'static/feeds/top.xml'), 'utf8')
  const blocks = sample.match(/<item>[\s\S]*?<\/item>/g) ?? []
  const head = sample.slice(0, sample.indexOf('<item>'))
  const tail = sample.slice(sample.lastIndexOf('</item>') + '</item>'.length)
  const out: string[] = []
  for (let i = 0; i < items; i++) {
    const block = blocks[i % blocks.length] ?? ''
    const date = new Date(Date.UTC(2026, 10, 25, 12) - i * 600_000).toUTCString()
    out.push(
      block
        .replace(/<guid[^>]*>[^<]*<\/guid>/, `<guid isPermaLink="false">bench-${i}</guid>`)
        .replace(/<link>([^<]*)<\/link>/, `<link>$1-${i}</link>`)
        .replace(/<pubDate>[^<]*<\/pubDate>/, `<pubDate>${date}</pubDate>`),
    )
  }
  return head + out.join('\n') + tail
}

export interface ParseBenchResult {
  candidate: string
  items: number
  stories: number
  medianMs: number
  minMs: number
  maxMs: number
  /** The XML library alone (text → neutral tree), without the shared readers and normalizer. */
  treeMedianMs: number
  /**
   * CPU time of this process per parse + normalize (median). On a shared, loaded machine wall time mostly
   * measures the neighbours; CPU time is what the parse itself costs.
   */
  cpuMedianMs: number
  /** Wall time for what the app does with the same feed: keep the newest 50 (DEFAULT_MAX_STORIES). */
  appCapMedianMs: number
}

/** Parse + normalize `feed` with every candidate, interleaved round by round so drift hits both alike. */
export function benchFeedParsing(options: { items?: number; rounds?: number; warmup?: number } = {}) {
  const items = options.items ?? 1000
  const rounds = options.rounds ?? 15
  const warmup = options.warmup ?? 3
  const feed = syntheticRss(items)
  const times: Record<string, number[]> = {}
  const treeTimes: Record<string, number[]> = {}
  const cpuTimes: Record<string, number[]> = {}
  const capTimes: Record<string, number[]> = {}
  const stories: Record<string, number> = {}
  for (let round = 0; round < warmup + rounds; round++) {
    for (const [name, candidate] of Object.entries(CANDIDATES)) {
      const treeStart = performance.now()
      candidate.xml(feed)
      const treeElapsed = performance.now() - treeStart
      const cpuStart = process.cpuUsage()
      const start = performance.now()
      const result = parseFeed(feed, { sectionId: 'bench', maxStories: items, xml: candidate.xml })
      const elapsed = performance.now() - start
      const cpu = process.cpuUsage(cpuStart)
      const cpuMs = (cpu.user + cpu.system) / 1000
      if (!result.ok) throw new Error(`${name} failed: ${feedErrorText(result.error, english)}`)
      const capStart = performance.now()
      parseFeed(feed, { sectionId: 'bench', xml: candidate.xml })
      const capElapsed = performance.now() - capStart
      stories[name] = result.stories.length
      if (round >= warmup) {
        treeTimes[name] = [...(treeTimes[name] ?? []), treeElapsed]
        times[name] = [...(times[name] ?? []), elapsed]
        cpuTimes[name] = [...(cpuTimes[name] ?? []), cpuMs]
        capTimes[name] = [...(capTimes[name] ?? []), capElapsed]
      }
    }
  }
  const median = (samples: number[]) =>
    [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0
  return Object.entries(times).map(
    ([candidate, samples]): ParseBenchResult => ({
      candidate,
      items,
      stories: stories[candidate] ?? 0,
      medianMs: median(samples),
      minMs: Math.min(...samples),
      maxMs: Math.max(...samples),
      treeMedianMs: median(treeTimes[candidate] ?? [0]),
      cpuMedianMs: median(cpuTimes[candidate] ?? [0]),
      appCapMedianMs: median(capTimes[candidate] ?? [0]),
    }),
  )
}

/** Minified + gzipped browser bytes of each candidate's adapter with its library (what it adds to the app). */
export async function candidateBundleSizes(): Promise<
  { candidate: string; minBytes: number; gzipBytes: number }[]
> {
  const sizes = []
  for (const [candidate, { module, exportName }] of Object.entries(CANDIDATES)) {
    const result = await build({
      stdin: { contents: `export { ${exportName} } from './${module}'`, resolveDir: root, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2019',
      write: false,
      logLevel: 'silent',
    })
    const code = result.outputFiles[0]?.contents
    if (!code) throw new Error(`esbuild wrote nothing for ${candidate}`)
    sizes.push({ candidate, minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length })
  }
  return sizes
}

async function main(argv: string[]): Promise<void> {
  const flag = (name: string, fallback: number) => {
    const index = argv.indexOf(name)
    return index >= 0 ? Number(argv[index + 1]) : fallback
  }
  const results = benchFeedParsing({ items: flag('--items', 1000), rounds: flag('--rounds', 15) })
  const sizes = await candidateBundleSizes()
  console.log(`Feed parse + normalize, ${results[0]?.items} RSS items (median of rounds, same run):`)
  for (const result of results) {
    const size = sizes.find((entry) => entry.candidate === result.candidate)
    console.log(
      `  ${result.candidate.padEnd(16)} ${result.cpuMedianMs.toFixed(1).padStart(7)} ms CPU median, ` +
        `${result.medianMs.toFixed(1).padStart(7)} ms wall median, ` +
        `${result.minMs.toFixed(1).padStart(7)} ms min (XML tree alone ${result.treeMedianMs.toFixed(1)} ms; ` +
        `newest 50 only ${result.appCapMedianMs.toFixed(1)} ms), ` +
        `${result.stories} stories · ` +
        `bundle ${((size?.gzipBytes ?? 0) / 1024).toFixed(1)} KB gzip (${((size?.minBytes ?? 0) / 1024).toFixed(1)} KB min)`,
    )
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error)
    exitWhenFlushed(1)
  })
}
