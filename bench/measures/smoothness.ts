/**
 * Smoothness: Right pressed at 10 keys/s for 5 s along a 200-tile row (20 × 200 generated feed): frame-to-frame
 * times from requestAnimationFrame (p50/p95/max) and frames over 50 ms. The bare Lightning page, toggling its
 * focus at the same rate, is the baseline.
 */
import type { Browser } from 'playwright-core'
import { type Metric, metric } from '../report'
import { BenchPage } from '../session'
import { percentile } from '../stats'
import { SETTLE_MS } from './keys'

const RATE_MS = 100
const DURATION_MS = 5000

async function framesWhilePressing(page: BenchPage, toggle: boolean): Promise<number[]> {
  await page.startFrames()
  const end = Date.now() + DURATION_MS
  let i = 0
  while (Date.now() < end) {
    await page.key(toggle && i % 2 === 1 ? 'Left' : 'Right')
    i++
    await page.wait(RATE_MS)
  }
  return page.stopFrames()
}

export async function measureSmoothness(
  browser: Browser,
  urls: { app: string; baseline: string },
  cpuThrottle: number,
): Promise<Metric[]> {
  const app = await BenchPage.open(browser, urls.app, cpuThrottle)
  await app.interactiveAt()
  await app.focusFirstRow()
  await app.wait(SETTLE_MS)
  const appFrames = await framesWhilePressing(app, false)
  await app.close()
  const base = await BenchPage.open(browser, urls.baseline, cpuThrottle)
  await base.interactiveAt()
  const baseFrames = await framesWhilePressing(base, true)
  await base.close()
  const over = (frames: number[]) => frames.filter((ms) => ms > 50).length
  const frames = (name: string, p: number, budget?: string): Metric =>
    metric({
      name,
      cpuThrottle,
      unit: 'ms',
      value: percentile(appFrames, p),
      min: Math.min(...appFrames),
      max: Math.max(...appFrames),
      runs: appFrames.length,
      baseline: percentile(baseFrames, p),
      note: 'runs = frames; baseline = bare Lightning page, same keys',
      ...(budget ? { budget } : {}),
    })
  return [
    frames('frameP50', 50),
    frames('frameP95', 95, cpuThrottle === 1 ? '≤ 16.7 ms' : '≤ 50 ms'),
    metric({
      name: 'framesOver50ms',
      cpuThrottle,
      unit: 'frames',
      value: over(appFrames),
      min: over(appFrames),
      max: over(appFrames),
      runs: appFrames.length,
      baseline: over(baseFrames),
    }),
  ]
}
