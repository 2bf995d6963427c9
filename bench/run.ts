/**
 * `npm run bench [-- --json] [-- --runs N] [-- --quick]`: builds the app and its baselines, serves them on
 * 127.0.0.1, measures in headless Chromium at 1× and 6× CPU throttling, prints a table (or, with --json, one
 * stable JSON document). Every figure sits next to a baseline measured in the same run.
 */
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { exitWhenFlushed } from '../scripts/exitWhenFlushed'
import { BENCH_DIST, buildAll } from './build'
import { feedSwitch } from './generated'
import { measureFeedParse } from './measures/feed'
import { measureEnterToStory, measureKeyLatency } from './measures/keys'
import { measureMemory } from './measures/memory'
import { measureSize } from './measures/size'
import { measureSmoothness, measureSmoothnessLow } from './measures/smoothness'
import { measureStartup } from './measures/startup'
import { parseBenchArgs } from './options'
import { type BenchDocument, formatTable, type Metric, toJson } from './report'
import { serveAll } from './serve'
import { launch, webglRenderer } from './session'

function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2))
  const { only } = options
  const started = Date.now()
  const log = (message: string) => {
    if (!options.json)
      console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`)
  }
  log('Building the app, the Lightning baseline and the size floor…')
  await buildAll()
  const feeds = feedSwitch()
  const servers = await serveAll(feeds.routes)
  const browser = await launch()
  const browserVersion = browser.version()
  const gpu = await webglRenderer(browser)
  const metrics: Metric[] = []
  const urls = {
    app: `${servers.app.url}?automation`,
    baseline: `${servers.baseline.url}baseline.html`,
    reference: `${servers.app.url}reference/reference.html`,
    legacy: `${servers.legacy.url}?automation`,
  }
  try {
    for (const throttle of options.throttles) {
      if (only.has('startup')) {
        log(`Startup at ${throttle}× CPU…`)
        metrics.push(await measureStartup(browser, urls, throttle, options.runs))
      }
      if (only.has('keys')) {
        log(`Key → frame at ${throttle}× CPU (quality high, then low)…`)
        metrics.push(...(await measureKeyLatency(browser, urls, throttle, 50)))
        metrics.push(...(await measureKeyLatency(browser, urls, throttle, 50, 'low')))
      }
      if (only.has('story')) {
        log(`Enter → story at ${throttle}× CPU…`)
        metrics.push(await measureEnterToStory(browser, urls.app, throttle, options.runs))
      }
      if (only.has('smoothness')) {
        log(`Smoothness at ${throttle}× CPU (20 × 200 generated feed; quality high, then low)…`)
        feeds.use({ sections: 20, stories: 200 })
        metrics.push(...(await measureSmoothness(browser, urls, throttle)))
        metrics.push(...(await measureSmoothnessLow(browser, urls, throttle)))
        feeds.use('bundled')
      }
    }
    if (only.has('memory')) {
      log('Memory (2 × 20 and 20 × 200 generated feeds)…')
      metrics.push(...(await measureMemory(browser, urls.app, feeds, 1, Math.min(options.runs, 2))))
    }
    if (only.has('size')) {
      log('Bundle size…')
      metrics.push(...(await measureSize(browser, urls.app, urls.legacy)))
    }
    if (only.has('feed')) {
      log('Feed parsing…')
      metrics.push(measureFeedParse(options.runs * 3))
    }
  } finally {
    await browser.close()
    await servers.close()
  }
  const doc: BenchDocument = {
    commit: commit(),
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      browser: `Chromium ${browserVersion}`,
      gpu,
      platform: `${process.platform}-${process.arch}`,
    },
    date: new Date().toISOString(),
    metrics,
  }
  log(`Done in ${((Date.now() - started) / 60_000).toFixed(1)} min.`)
  // The last run's document is kept (bench-dist/ is not committed) so the table can be compared later.
  writeFileSync(join(BENCH_DIST, 'last.json'), `${toJson(doc)}\n`)
  console.log(options.json ? toJson(doc) : formatTable(doc))
}

main().catch((error: unknown) => {
  console.error(`npm run bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  exitWhenFlushed(1)
})
