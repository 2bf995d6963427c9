/**
 * Smoothness: Right pressed at 10 keys/s for 5 s along a 200-tile row (20 × 200 generated feed): frame-to-frame
 * times from requestAnimationFrame (p50/p95/max) and frames over 50 ms, next to the plain-Lightning reference
 * page drawing the same screen (bench/pages/reference, the baseline of every frame figure) pressed the same
 * way. `frameP95Bare` sets the bare one-text page beside it, and `drawCalls`/`quads`/`screensDrawn` say what
 * each drawn frame asked of the GPU, app against reference. `quality` picks the app's drawing level
 * (`platformSettings.quality`, forced with `?quality=`): the main figures run at `high` (the full look), the
 * `…Low` ones at `low`.
 */
import type { Browser } from 'playwright-core'
import type { FrameDrawStats } from '../../src/platform/renderStats'
import { type Metric, metric, percentileMetric } from '../report'
import { BenchPage } from '../session'
import { median } from '../stats'
import { SETTLE_MS } from './keys'

const RATE_MS = 100
const DURATION_MS = 5000
/**
 * Rounds of the app and the reference page, interleaved, whose frames are pooled. At 6× CPU a frame lasts
 * 3, 4 or 5 vsyncs, so one 5-s run's p95 is 66.7 or 83.3 ms as much by chance as by cost: the reference page
 * read either in back-to-back runs of one build, moving the ratio between 1.0 and 1.25. Three rounds add
 * about 40 s to a full run.
 */
export const SMOOTHNESS_ROUNDS = 3

export interface BenchUrls {
  app: string
  /** The bare Lightning page (one text). */
  baseline: string
  /** The plain-Lightning page drawing Home's screen. */
  reference: string
}

interface Run {
  frames: number[]
  draws: FrameDrawStats[]
}

async function framesWhilePressing(page: BenchPage, toggle: boolean): Promise<Run> {
  await page.startDrawStats()
  await page.startFrames()
  const end = Date.now() + DURATION_MS
  let i = 0
  while (Date.now() < end) {
    await page.key(toggle && i % 2 === 1 ? 'Left' : 'Right')
    i++
    await page.wait(RATE_MS)
  }
  const frames = await page.stopFrames()
  return { frames, draws: await page.stopDrawStats() }
}

/** `app` is focused into its first row first; the bare page has two labels, so it toggles between them. */
type PageKind = 'app' | 'reference' | 'bare'

async function scrollRow(browser: Browser, url: string, cpuThrottle: number, kind: PageKind): Promise<Run> {
  const page = await BenchPage.open(browser, url, cpuThrottle)
  await page.interactiveAt()
  if (kind === 'app') await page.focusFirstRow()
  await page.wait(SETTLE_MS)
  const run = await framesWhilePressing(page, kind === 'bare')
  await page.close()
  return run
}

function pool(into: Run, run: Run): void {
  into.frames.push(...run.frames)
  into.draws.push(...run.draws)
}

const over = (frames: number[]) => frames.filter((ms) => ms > 50).length

function frameMetric(
  name: string,
  cpuThrottle: number,
  app: number[],
  baseline: number[],
  p: number,
  note: string,
  budget?: string,
): Metric {
  return percentileMetric({ name, cpuThrottle, app, baseline, p, note, budget })
}

/** The median per drawn frame of one draw statistic, app against reference. */
function drawMetric(
  name: string,
  unit: string,
  cpuThrottle: number,
  app: Run,
  reference: Run,
  pick: (f: FrameDrawStats) => number,
): Metric {
  const values = app.draws.map(pick)
  return metric({
    name,
    cpuThrottle,
    unit,
    value: median(values),
    min: values.length ? Math.min(...values) : 0,
    max: values.length ? Math.max(...values) : 0,
    runs: values.length,
    baseline: median(reference.draws.map(pick)),
    note: 'median per drawn frame; runs = drawn frames; baseline = reference page',
  })
}

/** The full-look figures: app at `high` against the reference page and the bare page. */
export async function measureSmoothness(
  browser: Browser,
  urls: BenchUrls,
  cpuThrottle: number,
): Promise<Metric[]> {
  const app: Run = { frames: [], draws: [] }
  const reference: Run = { frames: [], draws: [] }
  for (let round = 0; round < SMOOTHNESS_ROUNDS; round++) {
    pool(app, await scrollRow(browser, `${urls.app}&quality=high`, cpuThrottle, 'app'))
    pool(reference, await scrollRow(browser, urls.reference, cpuThrottle, 'reference'))
  }
  const bare = await scrollRow(browser, urls.baseline, cpuThrottle, 'bare')
  const note = `runs = frames of ${SMOOTHNESS_ROUNDS} interleaved rounds; baseline = plain reference page drawing the same screen, same keys`
  return [
    frameMetric('frameP50', cpuThrottle, app.frames, reference.frames, 50, note),
    frameMetric('frameP95', cpuThrottle, app.frames, reference.frames, 95, note, '≤ 1.2× reference'),
    frameMetric(
      'frameP95Bare',
      cpuThrottle,
      app.frames,
      bare.frames,
      95,
      'baseline = bare Lightning page (one text)',
    ),
    metric({
      name: 'framesOver50ms',
      cpuThrottle,
      unit: 'frames',
      value: over(app.frames),
      min: over(app.frames),
      max: over(app.frames),
      runs: app.frames.length,
      baseline: over(reference.frames),
    }),
    drawMetric('drawCalls', 'draws', cpuThrottle, app, reference, (f) => f.draws),
    drawMetric('quads', 'quads', cpuThrottle, app, reference, (f) => f.quads),
    drawMetric('screensDrawn', 'screens', cpuThrottle, app, reference, (f) => f.screens),
  ]
}

/** The same scroll with the app at `quality=low`, against the same reference page. */
export async function measureSmoothnessLow(
  browser: Browser,
  urls: BenchUrls,
  cpuThrottle: number,
): Promise<Metric[]> {
  const app = await scrollRow(browser, `${urls.app}&quality=low`, cpuThrottle, 'app')
  const reference = await scrollRow(browser, urls.reference, cpuThrottle, 'reference')
  const note = 'app at quality=low; baseline = plain reference page'
  return [frameMetric('frameP95Low', cpuThrottle, app.frames, reference.frames, 95, note, '≤ 33 ms')]
}
