/**
 * Size: the JavaScript Home loads before it is interactive (the entry, its preloads and the chunks it imports
 * on the way, such as the feed pipeline), gzip -9, next to the core+SDK+axios floor built the same way. The
 * chunks are read from the browser's own resource list, so a new lazy import that start-up needs anyway is
 * counted, and one it does not need (the video player, the inspector) is not. Every JS file in the build is
 * reported too, as `bundleGzipAll`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { APP_DIST, BENCH_DIST, startupJsGzip } from '../build'
import { type Metric, metric } from '../report'
import { BenchPage } from '../session'

const gzipKiB = (files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) / 1024

export async function measureSize(browser: Browser, appUrl: string): Promise<Metric[]> {
  const page = await BenchPage.open(browser, appUrl, 1)
  await page.interactiveAt()
  const loaded = await page.scriptsLoaded()
  await page.close()
  const assets = join(APP_DIST, 'assets')
  const all = readdirSync(assets).filter((file) => file.endsWith('.js'))
  const startup = all.filter((file) => loaded.some((path) => basename(path) === file))
  if (startup.length === 0) throw new Error('size: the app loaded none of the scripts in dist/assets')
  const floor = startupJsGzip(join(BENCH_DIST, 'floor'), 'floor.html').bytes / 1024
  const figure = (name: string, files: string[], budget?: string) => {
    const value = gzipKiB(files.map((file) => join(assets, file)))
    return metric({
      name,
      cpuThrottle: 1,
      unit: 'KiB',
      value,
      min: value,
      max: value,
      runs: 1,
      baseline: floor,
      note: `${files.length} files: ${files.map((file) => file.replace(/-[\w-]{8}\.js$/, '')).join(', ')}`,
      ...(budget ? { budget } : {}),
    })
  }
  return [figure('bundleGzip', startup, '≤ 1.25× floor'), figure('bundleGzipAll', all)]
}
