/**
 * Startup: navigation → the first frame in which the focused element is drawn with its text (and, for the
 * app's Home, its image) — the `lightwire:interactive` mark. The bare Lightning page is measured the same
 * way, interleaved run by run so both see the same machine load.
 */
import type { Browser } from 'playwright-core'
import { type Metric, metric } from '../report'
import { BenchPage } from '../session'
import { summary } from '../stats'

export async function measureStartup(
  browser: Browser,
  urls: { app: string; baseline: string },
  cpuThrottle: number,
  runs: number,
): Promise<Metric> {
  const app: number[] = []
  const baseline: number[] = []
  for (let run = 0; run < runs; run++) {
    for (const [url, samples] of [
      [urls.baseline, baseline],
      [urls.app, app],
    ] as const) {
      const page = await BenchPage.open(browser, url, cpuThrottle)
      samples.push(await page.interactiveAt())
      await page.close()
    }
  }
  return metric({
    name: 'startup',
    cpuThrottle,
    unit: 'ms',
    ...summary(app),
    baseline: summary(baseline).value,
    budget: '≤ 1.5× baseline',
  })
}
