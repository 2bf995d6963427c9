/**
 * The app reads XML feeds with the browser's DOMParser when it can (no parser download at start-up) and
 * with saxes when it cannot. This runs every feed fixture through both in real Chromium and requires the
 * same stories, titles, warnings and errors, so the quick path can never show a viewer something different.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './harness/globalSetup'
import { launchBrowser } from './harness/tv'
import type { ParityResult } from './xml/parityEntry'

const FOLDERS = ['test/fixtures/feeds', 'test/fixtures/hostile', 'static/feeds']
const feeds = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((file) => /\.(xml|rdf|atom|json|html)$/.test(file))
    .map((file) => ({
      name: `${folder.replace(/^test\/fixtures\//, '')}/${file}`,
      path: join(ROOT, folder, file),
    })),
)

describe('XML parsing in the browser: DOMParser first, saxes when it gives up', () => {
  let browser: Browser
  let page: Page
  const paths = new Map<string, ParityResult['path']>()

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [join(ROOT, 'test/e2e/xml/parityEntry.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2019',
    })
    browser = await launchBrowser()
    page = await browser.newPage()
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each(feeds)('$name reads the same both ways', async ({ name, path }) => {
    const bytes = [...readFileSync(path)]
    const result = await page.evaluate(
      ([data, label]) =>
        (
          window as unknown as { readBothWays: (b: number[], n: string) => Promise<ParityResult> }
        ).readBothWays(data, label),
      [bytes, name] as const,
    )
    paths.set(name, result.path)
    expect(JSON.parse(result.app)).toEqual(JSON.parse(result.strict))
  })

  it('takes the quick path for clean feeds and the strict one for broken or DTD-bearing ones', () => {
    expect(paths.size).toBe(feeds.length)
    for (const clean of [
      'static/feeds/top.xml',
      'static/feeds/business.atom',
      'feeds/wordpress-rss2.xml',
      'feeds/aggregator-rss1.rdf',
    ]) {
      expect(paths.get(clean), clean).toBe('dom')
    }
    const brokenFeeds = [
      'feeds/bad-entity-bomb.xml',
      'hostile/entity-bomb.xml',
      'feeds/bad-malformed-partial.xml',
      'hostile/control-chars.xml',
    ]
    for (const broken of brokenFeeds) {
      expect(paths.get(broken), broken).toBe('strict')
    }
  })
})
