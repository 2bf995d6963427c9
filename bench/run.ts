/**
 * `npm run bench [-- --json] [-- --runs N] [-- --quick]`: builds the app and its baselines, serves them on
 * 127.0.0.1, measures in headless Chromium at 1× and 6× CPU throttling, prints a table (or, with --json, one
 * stable JSON document). Every figure sits next to a baseline measured in the same run.
 */
import { execSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import { buildAll } from './build'
import { feedSwitch } from './generated'
import { measureFeedParse } from './measures/feed'
import { measureEnterToStory, measureKeyLatency } from './measures/keys'
import { measureMemory } from './measures/memory'
import { measureSize } from './measures/size'
import { measureSmoothness } from './measures/smoothness'
import { measureStartup } from './measures/startup'
import { type BenchDocument, formatTable, type Metric } from './report'
import { serveAll } from './serve'
import { launch } from './session'

interface Options {
  json: boolean
  runs: number
  throttles: number[]
}

function parseArgs(argv: string[]): Options {
  const quick = argv.includes('--quick')
  const runsAt = argv.indexOf('--runs')
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : quick ? 2 : 5
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number ≥ 1')
  return { json: argv.includes('--json'), runs, throttles: quick ? [1] : [1, 6] }
}

function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  const log = (message: string) => {
    if (!options.json) console.error(message)
  }
  log('Building the app, the Lightning baseline and the size floor…')
  await buildAll()
  const feeds = feedSwitch()
  const servers = await serveAll(feeds.routes)
  const browser = await launch()
  const browserVersion = browser.version()
  const metrics: Metric[] = []
  const urls = { app: `${servers.app.url}?automation`, baseline: `${servers.baseline.url}baseline.html` }
  try {
    for (const throttle of options.throttles) {
      log(`Startup at ${throttle}× CPU…`)
      metrics.push(await measureStartup(browser, urls, throttle, options.runs))
      log(`Key → frame at ${throttle}× CPU…`)
      metrics.push(...(await measureKeyLatency(browser, urls, throttle, 50)))
      log(`Enter → story at ${throttle}× CPU…`)
      metrics.push(await measureEnterToStory(browser, urls.app, throttle, options.runs))
      log(`Smoothness at ${throttle}× CPU (20 × 200 generated feed)…`)
      feeds.use({ sections: 20, stories: 200 })
      metrics.push(...(await measureSmoothness(browser, urls, throttle)))
      feeds.use('bundled')
    }
    log('Memory (2 × 20 and 20 × 200 generated feeds)…')
    metrics.push(...(await measureMemory(browser, urls.app, feeds, 1, Math.min(options.runs, 3))))
    log('Bundle size and feed parsing…')
    metrics.push(measureSize())
    metrics.push(measureFeedParse(options.runs * 3))
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
      platform: `${process.platform}-${process.arch}`,
    },
    date: new Date().toISOString(),
    metrics,
  }
  console.log(options.json ? JSON.stringify(doc, null, 2) : formatTable(doc))
}

main().catch((error: unknown) => {
  console.error(`npm run bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
