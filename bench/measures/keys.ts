/**
 * Key → frame: ArrowRight/ArrowLeft on Home → the end of the frame that shows the new focus (p50/p95/max), the
 * bare Lightning page measured the same way; and Enter on a tile → the first frame of the story page.
 */
import type { Browser } from 'playwright-core'
import { type Metric, metric } from '../report'
import { BenchPage } from '../session'
import { percentile, summary } from '../stats'

/** Presses Right `count` times then Left `count` times, paced like a brisk viewer, and returns latencies. */
async function sweep(page: BenchPage, count: number, paceMs: number): Promise<number[]> {
  await page.recordKeyLatency()
  for (const key of ['Right', 'Left'] as const) {
    for (let i = 0; i < count; i++) {
      await page.key(key)
      await page.wait(paceMs)
    }
  }
  return page.keyLatencies()
}

export async function measureKeyLatency(
  browser: Browser,
  urls: { app: string; baseline: string },
  cpuThrottle: number,
  presses: number,
): Promise<Metric[]> {
  const pace = 60 * cpuThrottle
  const results: number[][] = []
  for (const url of [urls.app, urls.baseline]) {
    const page = await BenchPage.open(browser, url, cpuThrottle)
    await page.interactiveAt()
    if (url === urls.app) await page.focusFirstRow()
    results.push(await sweep(page, Math.ceil(presses / 2), pace))
    await page.close()
  }
  const [app = [], baseline = []] = results
  const p95 = (samples: number[]) => percentile(samples, 95)
  return [
    metric({
      name: 'keyLatencyP95',
      cpuThrottle,
      unit: 'ms',
      value: p95(app),
      min: percentile(app, 50),
      max: Math.max(...app),
      runs: app.length,
      baseline: p95(baseline),
      budget: cpuThrottle === 1 ? '≤ 16.7 ms' : '≤ 50 ms',
      note: 'min = p50',
    }),
  ]
}

/** Enter on the first tile → the story page focused and drawn, then Back; repeated `runs` times. */
export async function measureEnterToStory(
  browser: Browser,
  url: string,
  cpuThrottle: number,
  runs: number,
): Promise<Metric> {
  const tileId = /^tile-/
  const page = await BenchPage.open(browser, url, cpuThrottle)
  await page.interactiveAt()
  await page.focusFirstRow()
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    await page.page.evaluate(() => {
      const w = window as unknown as { storyShown?: Promise<number> }
      w.storyShown = new Promise<number>((resolve) => {
        window.addEventListener(
          'keydown',
          (event) => {
            const start = event.timeStamp
            const poll = () => {
              if (/^story/.test(window.lightwire?.focusedTestId() ?? '')) resolve(performance.now() - start)
              else requestAnimationFrame(poll)
            }
            requestAnimationFrame(poll)
          },
          { capture: true, once: true },
        )
      })
    })
    await page.key('Enter')
    samples.push(
      await page.page.evaluate(() => (window as unknown as { storyShown: Promise<number> }).storyShown),
    )
    await page.key('Back')
    await page.waitForFocus(tileId)
    await page.wait(200)
  }
  await page.close()
  return metric({ name: 'enterToStory', cpuThrottle, unit: 'ms', ...summary(samples), budget: '≤ 250 ms' })
}
