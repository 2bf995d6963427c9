/**
 * Compares Home's virtualization candidates on a 20 × 200 feed in headless Chromium (docs/home.md):
 * element count, texture memory and key → frame time over the same key script.
 *
 *   npm install --no-save @lightningjs/ui && npx tsx scripts/measure-virtualization.ts
 *
 * Numbers from a shared 2-core machine with software WebGL are for comparing the two, not absolute budgets.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from 'playwright-core'
import { build } from 'vite'
import { startAppServer } from '../server/appServer'
import { CHROME_ARGS, findChrome } from '../test/e2e/harness/chrome'
import { exitWhenFlushed } from './exitWhenFlushed'
import { generatedFeedRoute } from './generate-feed'

const ROOT = fileURLToPath(new URL('../', import.meta.url))

interface Bench {
  elements(): number
  textureMemory(): number
  keyFrames(): number[]
  collect(): void
}
declare const bench: Bench

const sample = (page: Page) =>
  page.evaluate(() => ({ elements: bench.elements(), textureMemory: bench.textureMemory() }))

async function press(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key)
    // One key per ~4 frames: a brisk viewer, and each frame's cost is measured on its own.
    await page.waitForTimeout(70)
  }
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

async function main(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'lightwire-bench-'))
  await build({
    root: join(ROOT, 'bench/virtualization'),
    base: './',
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, target: 'es2019' },
  })
  const server = await startAppServer({
    root: out,
    routes: [generatedFeedRoute({ sections: 20, stories: 200 })],
  })
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true })
  try {
    for (const impl of ['own', 'lui']) {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
      await page.goto(`${server.url}?impl=${impl}`)
      await page.waitForFunction(() => typeof bench !== 'undefined')
      await page.waitForTimeout(1500)
      await page.screenshot({ path: join(ROOT, 'test-results', `virtualization-${impl}-start.png`) })
      const start = await sample(page)
      await page.evaluate(() => bench.keyFrames())
      let peak = start
      for (const [key, times] of [
        ['ArrowRight', 30],
        ['ArrowDown', 10],
        ['ArrowRight', 30],
        ['ArrowDown', 9],
      ] as const) {
        await press(page, key, times)
        await page.waitForTimeout(500)
        const now = await sample(page)
        peak = {
          elements: Math.max(peak.elements, now.elements),
          textureMemory: Math.max(peak.textureMemory, now.textureMemory),
        }
      }
      const frames = await page.evaluate(() => bench.keyFrames())
      await page.screenshot({ path: join(ROOT, 'test-results', `virtualization-${impl}.png`) })
      const end = await sample(page)
      await page.evaluate(() => bench.collect())
      await page.waitForTimeout(200)
      const afterGc = await sample(page)
      console.log(
        JSON.stringify({
          impl,
          startElements: start.elements,
          peakElements: peak.elements,
          endElements: end.elements,
          startTextureMB: +(start.textureMemory / 1e6).toFixed(1),
          peakTextureMB: +(peak.textureMemory / 1e6).toFixed(1),
          endTextureMB: +(end.textureMemory / 1e6).toFixed(1),
          liveTextureMBAfterGc: +(afterGc.textureMemory / 1e6).toFixed(1),
          keys: frames.length,
          keyToFrameP50: +percentile(frames, 50).toFixed(1),
          keyToFrameP95: +percentile(frames, 95).toFixed(1),
          keyToFrameMax: +Math.max(...frames).toFixed(1),
        }),
      )
      await page.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  exitWhenFlushed(1)
})
