/**
 * Where the JS heap grows with the number of stories (issue 13's memoryRatio): opens the built app (`dist/`,
 * `npm run build` first) on the bench's generated 2 × 20 and 20 × 200 feeds, walks the bench's key path, takes a
 * heap snapshot of each after GC and prints, per story, the bytes that grew, grouped by what holds them
 * (the retaining object's constructor and property name) and by node type and constructor.
 *
 *   npx tsx scripts/heap-per-story.ts [--save /tmp/heap]
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { feedSwitch } from '../bench/generated'
import { walkMemoryPath } from '../bench/measures/memory'
import { serveAll } from '../bench/serve'
import { BenchPage, launch } from '../bench/session'
import { type FullSnapshotJson, groupSnapshot } from '../test/e2e/harness/heapSnapshot'

async function snapshotAfterPath(page: BenchPage): Promise<FullSnapshotJson> {
  await walkMemoryPath(page)
  await page.cdp.send('HeapProfiler.collectGarbage')
  await page.cdp.send('HeapProfiler.collectGarbage')
  const chunks: string[] = []
  page.cdp.on('HeapProfiler.addHeapSnapshotChunk', (event: { chunk: string }) => chunks.push(event.chunk))
  await page.cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  return JSON.parse(chunks.join('')) as FullSnapshotJson
}

const save = process.argv.includes('--save') ? process.argv[process.argv.indexOf('--save') + 1] : undefined
const feeds = feedSwitch()
const servers = await serveAll(feeds.routes)
const browser = await launch()
const sizes = [
  { sections: 2, stories: 20 },
  { sections: 20, stories: 200 },
] as const
const groups: Map<string, number>[] = []
try {
  for (const size of sizes) {
    feeds.use(size)
    const page = await BenchPage.open(browser, `${servers.app.url}?automation`, 1)
    const json = await snapshotAfterPath(page)
    const usage = await page.cdp.send('Runtime.getHeapUsage')
    await page.close()
    if (save) writeFileSync(join(save, `${size.sections}x${size.stories}.heapsnapshot`), JSON.stringify(json))
    const grouped = groupSnapshot(json)
    groups.push(grouped)
    const total = [...grouped.values()].reduce((a, b) => a + b, 0)
    console.log(
      `${size.sections}×${size.stories}: used heap ${(usage.usedSize / 2 ** 20).toFixed(2)} MiB, snapshot ${(total / 2 ** 20).toFixed(2)} MiB`,
    )
  }
} finally {
  await browser.close()
  await servers.close()
}
const [small, large] = groups as [Map<string, number>, Map<string, number>]
const stories = sizes[1].sections * sizes[1].stories - sizes[0].sections * sizes[0].stories
const rows = [...new Set([...small.keys(), ...large.keys()])]
  .map((key) => ({ key, grew: (large.get(key) ?? 0) - (small.get(key) ?? 0) }))
  .sort((a, b) => b.grew - a.grew)
const grew = rows.reduce((sum, row) => sum + row.grew, 0)
console.log(`grew ${(grew / 2 ** 20).toFixed(2)} MiB = ${(grew / stories).toFixed(0)} bytes a story`)
for (const row of rows.slice(0, 40))
  console.log(`${(row.grew / stories).toFixed(1).padStart(7)} B/story  ${row.key}`)
