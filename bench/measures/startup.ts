/**
 * Startup: navigation → the first frame in which the focused element is drawn with its text (and, for the
 * app's Home, its image) — the `lightwire:interactive` mark. The bare Lightning page is measured the same
 * way, interleaved run by run so both see the same machine load.
 */
import type { Browser } from 'playwright-core'
import { type Metric, metric } from '../report'
import { BenchPage } from '../session'
import { summary } from '../stats'

/**
 * Page loads per figure, at least: one load's time moves by ±20 % with the machine (the bare page read 114–160
 * ms at 1× across full runs), so a median of three hid most of what changed. Seven pairs add ~40 s to a full
 * run.
 */
export const STARTUP_MIN_LOADS = 7

export async function measureStartup(
  browser: Browser,
  urls: { app: string; baseline: string },
  cpuThrottle: number,
  runs: number,
): Promise<Metric> {
  const app: number[] = []
  const baseline: number[] = []
  const loads = Math.max(runs, STARTUP_MIN_LOADS)
  for (let run = 0; run < loads; run++) {
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
