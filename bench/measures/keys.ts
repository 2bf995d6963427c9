/**
 * Key → frame: ArrowRight/ArrowLeft on Home → the end of the frame that shows the new focus (p50/p95/max), the
 * bare Lightning page measured the same way; and Enter on a tile → the first frame of the story page.
 */
import type { Browser } from 'playwright-core'
import { type Metric, metric, percentileMetric } from '../report'
import { BenchPage } from '../session'
import { summary } from '../stats'

/** Let the page finish loading what Home shows (images, the other rows) before timing keys. */
export const SETTLE_MS = 1500

/**
 * Presses Right, and Left once focus stops moving (the end of the row), back and forth, paced like a brisk
 * viewer, until `moves` presses have moved focus; returns their latencies. A press that moved nothing (the
 * turn at each end) is left out: it would flatter the figure with frames that draw nothing new.
 */
async function sweep(page: BenchPage, moves: number, paceMs: number): Promise<number[]> {
  await page.recordKeyLatency()
  const moved: number[] = []
  let key: 'Right' | 'Left' = 'Right'
  let before = await page.focusedId()
  for (let press = 0; moved.length < moves && press < moves * 3; press++) {
    await page.key(key)
    await page.wait(paceMs)
    const after = await page.focusedId()
    if (after !== before) moved.push(press)
    else key = key === 'Right' ? 'Left' : 'Right'
    before = after
  }
  const samples = await page.keyLatencies()
  return moved.map((press) => samples[press]).filter((ms): ms is number => ms !== undefined)
}

/**
 * Right/Left along the first row of the bundled feeds, app against the plain reference page drawing the same
 * screen. `quality` is the app's drawing level (`?quality=`); the `Low` figures carry a suffix.
 */
export async function measureKeyLatency(
  browser: Browser,
  urls: { app: string; reference: string },
  cpuThrottle: number,
  presses: number,
  quality: 'high' | 'low' = 'high',
): Promise<Metric[]> {
  // A brisk viewer: ~16 keys/s unthrottled, 4/s at 6× (a slow device still gets a key before the last settles).
  const pace = Math.min(60 * cpuThrottle, 250)
  const results: number[][] = []
  for (const [url, app] of [
    [`${urls.app}&quality=${quality}`, true],
    [urls.reference, false],
  ] as const) {
    const page = await BenchPage.open(browser, url, cpuThrottle)
    await page.interactiveAt()
    if (app) await page.focusFirstRow()
    await page.wait(SETTLE_MS)
    results.push(await sweep(page, presses, pace))
    await page.close()
  }
  const [app = [], baseline = []] = results
  const suffix = quality === 'low' ? 'Low' : ''
  const note = `runs = presses that moved focus; app at quality=${quality}; baseline = plain reference page`
  const figure = (name: string, p: number, budget?: string): Metric =>
    percentileMetric({ name: `${name}${suffix}`, cpuThrottle, app, baseline, p, note, budget })
  if (quality === 'low') return [figure('keyLatencyP95', 95)]
  return [
    figure('keyLatencyP50', 50),
    figure('keyLatencyP95', 95, cpuThrottle === 1 ? "≤ the app's frameP50" : '≤ 50 ms'),
  ]
}

/**
 * Enter on the first tile → the end of the first frame in which the story page holds focus, then Back;
 * repeated `runs` times. The page records each time into a window array (from its own keydown and
 * animation-frame callbacks) and node polls for it, so no evaluate promise spans the route change.
 */
export async function measureEnterToStory(
  browser: Browser,
  url: string,
  cpuThrottle: number,
  runs: number,
): Promise<Metric> {
  const page = await BenchPage.open(browser, url, cpuThrottle)
  await page.interactiveAt()
  await page.focusFirstRow()
  await page.wait(SETTLE_MS)
  await page.recordFocusChanges('Enter', /^story/)
  for (let run = 0; run < runs; run++) {
    await page.key('Enter')
    await page.waitForFocusChanges(run + 1)
    await page.key('Back')
    await page.waitForFocus(/^tile-/)
    await page.wait(200)
  }
  const samples = await page.focusChanges()
  await page.close()
  return metric({ name: 'enterToStory', cpuThrottle, unit: 'ms', ...summary(samples), budget: '≤ 250 ms' })
}
