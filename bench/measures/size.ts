/**
 * Size: the JavaScript Home loads before it is interactive (the entry, its preloads and the chunks it imports
 * on the way), gzip -9, next to the core+SDK+axios floor built the same way. The chunks are read from the
 * browser's own resource list, so a new lazy import that start-up needs anyway is counted, and one it does
 * not need (the feed parser, asked for once the first frame is out; the video player; the inspector) is not.
 * The page is loaded as a viewer's TV loads it, without `?automation` (the test hooks are a chunk of their
 * own). Every JS file in the build is reported too, as `bundleGzipAll`.
 *
 * `bundleGzipLegacy` is the same start-up figure for the legacy build (dist-legacy/: ES5 SystemJS chunks, the
 * polyfills, legacy-start.js) loaded the same way, with the modern `bundleGzip` as its baseline: the ratio is
 * what old TVs pay in download and parse for ES5 and polyfills.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { APP_DIST, BENCH_DIST, LEGACY_DIST, startupJsGzip } from '../build'
import { type Metric, metric } from '../report'
import { BenchPage } from '../session'

const gzipKiB = (files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) / 1024

/** The JS files (paths relative to `dist`) a build's page loaded until it was interactive (by URL path). */
async function startupScripts(browser: Browser, url: string, dist: string): Promise<string[]> {
  const page = await BenchPage.open(browser, url, 1)
  await page.interactiveAt()
  const loaded = await page.scriptsLoaded()
  await page.close()
  const all = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'))
  const startup = all.filter((file) => loaded.some((path) => path.endsWith(`/${file}`)))
  if (startup.length === 0) throw new Error(`size: ${url} loaded none of the scripts in ${dist}`)
  return startup
}

/** A viewer's start: the page without `?automation`, whose test hooks are a chunk of their own. */
const withoutAutomation = (url: string) => {
  const viewer = new URL(url)
  viewer.searchParams.delete('automation')
  return viewer.href
}

export async function measureSize(browser: Browser, appUrl: string, legacyUrl: string): Promise<Metric[]> {
  const startup = await startupScripts(browser, withoutAutomation(appUrl), APP_DIST)
  const all = readdirSync(join(APP_DIST, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`)
  const floor = startupJsGzip(join(BENCH_DIST, 'floor'), 'floor.html').bytes / 1024
  const figure = (name: string, files: string[], budget?: string, dist = APP_DIST, baseline = floor) => {
    const value = gzipKiB(files.map((file) => join(dist, file)))
    return metric({
      name,
      cpuThrottle: 1,
      unit: 'KiB',
      value,
      min: value,
      max: value,
      runs: 1,
      baseline,
      note: `${files.length} files: ${files.map((file) => basename(file).replace(/-[\w-]{8}\.js$/, '')).join(', ')}`,
      ...(budget ? { budget } : {}),
    })
  }
  const modern = figure('bundleGzip', startup, '≤ 1.25× floor')
  const legacy = await startupScripts(browser, withoutAutomation(legacyUrl), LEGACY_DIST)
  return [
    modern,
    figure('bundleGzipAll', all),
    figure('bundleGzipLegacy', legacy, undefined, LEGACY_DIST, modern.value),
  ]
}
