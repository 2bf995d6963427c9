/**
 * Memory: JS heap after GC and Lightning's texture memory after the same scrolling path on a small generated
 * feed (2 sections × 20 stories) and a large one (20 × 200). Memory should grow with what is on screen, not with
 * the number of stories: the ratio large ÷ small is the figure.
 */
import type { Browser } from 'playwright-core'
import type { FeedSwitch } from '../generated'
import { type Metric, metric } from '../report'
import { type BenchKey, BenchPage } from '../session'

type Memory = Awaited<ReturnType<BenchPage['memory']>>

/** The same path on both feeds: into the rows, along one, down, along another (both feeds have ≥ 2 rows). */
const PATH: [BenchKey, number][] = [
  ['Right', 15],
  ['Down', 1],
  ['Right', 10],
  ['Left', 5],
  ['Up', 1],
]

/** From start-up along PATH, then a second's rest: what memory is measured after (also scripts/heap-per-story.ts). */
export async function walkMemoryPath(page: BenchPage): Promise<void> {
  await page.interactiveAt()
  await page.focusFirstRow()
  for (const [key, times] of PATH) {
    for (let i = 0; i < times; i++) {
      await page.key(key)
      await page.wait(150)
    }
  }
  await page.wait(1000)
}

async function memoryAfterPath(browser: Browser, url: string, cpuThrottle: number) {
  const page = await BenchPage.open(browser, url, cpuThrottle)
  await walkMemoryPath(page)
  const memory = await page.memory()
  await page.close()
  return memory
}

export async function measureMemory(
  browser: Browser,
  url: string,
  feeds: FeedSwitch,
  cpuThrottle: number,
  runs: number,
): Promise<Metric[]> {
  const small: Memory[] = []
  const large: Memory[] = []
  for (let run = 0; run < runs; run++) {
    feeds.use({ sections: 2, stories: 20 })
    small.push(await memoryAfterPath(browser, url, cpuThrottle))
    feeds.use({ sections: 20, stories: 200 })
    large.push(await memoryAfterPath(browser, url, cpuThrottle))
  }
  feeds.use('bundled')
  const mb = (bytes: number) => bytes / 2 ** 20
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
  const figure = (name: string, pick: (m: Memory) => number, unit = 'MiB'): Metric => {
    const values = large.map(pick)
    return metric({
      name,
      cpuThrottle,
      unit,
      value: median(values),
      min: Math.min(...values),
      max: Math.max(...values),
      runs: values.length,
      baseline: median(small.map(pick)),
      note: 'value = 20×200 feed, baseline = 2×20 feed',
      budget: 'ratio ≈ 1 (grows with the screen, not the stories)',
    })
  }
  return [
    figure('memoryRatio', (m) => mb(m.heap)),
    figure('textureMemoryRatio', (m) => mb(m.textures)),
    // Lightning elements in the scene: what the UI holds, apart from the stories' data in the heap.
    figure('elementCountRatio', (m) => m.elements, 'elements'),
  ]
}
