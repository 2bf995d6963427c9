import { describe, expect, it } from 'vitest'
import { generatedFeedRoute, generatedSettings } from '../../scripts/generate-feed'
import { useTv } from './harness/suite'
import type { Rect, Tv } from './harness/tv'

const ACTION_SAFE = { x: 96, y: 53, right: 1822, bottom: 1023 }

function expectInsideActionSafe(rect: Rect): void {
  expect(rect.x).toBeGreaterThanOrEqual(ACTION_SAFE.x)
  expect(rect.y).toBeGreaterThanOrEqual(ACTION_SAFE.y)
  expect(rect.x + rect.w).toBeLessThanOrEqual(ACTION_SAFE.right)
  expect(rect.y + rect.h).toBeLessThanOrEqual(ACTION_SAFE.bottom)
}

/** Attributes of the tile's image element as the inspector mirrors them. */
function imageOf(tv: Tv, tileId: string) {
  return tv.page.$eval(`[data-testid="${tileId}"]`, (tile) => {
    const image = tile.querySelector('[ref="Image"] [ref="Image"]')
    const placeholder = tile.querySelector('[ref="Placeholder"]')
    return {
      src: image?.getAttribute('texture-src') ?? image?.getAttribute('src') ?? null,
      alpha: Number(image?.getAttribute('alpha') ?? 1),
      placeholder: placeholder !== null,
    }
  })
}

const headline = (tv: Tv, tileId: string) =>
  tv.page.$eval(`[data-testid="${tileId}"] [ref="Headline"]`, (node) => node.getAttribute('texture-text'))

describe('Home with the bundled feeds', () => {
  const tvs = useTv()

  it('opens on the hero and moves tile to tile and row to row', async () => {
    const tv = await tvs.open()
    await tv.waitForFocus('hero')
    expect(await tv.text('hero')).not.toBe('')
    await tv.press('Down')
    expect(await tv.focusedId()).toBe('tile-top-0')
    await tv.press('Right', 2)
    expect(await tv.focusedId()).toBe('tile-top-2')
    await tv.press('Down')
    expect(await tv.focusedId()).toBe('tile-world-0')
    await tv.press('Left')
    expect(await tv.focusedId()).toBe('tile-world-0')
    await tv.press('Up', 2)
    expect(await tv.focusedId()).toBe('hero')
    expect(tv.errors).toEqual([])
  })

  it('shows images, relative times and the freshness line; looks right at 1080p', async () => {
    const tv = await tvs.open()
    await tv.waitForFocus('hero')
    await tv.press('Down')
    await tv.page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="tile-top-1"] [ref="Image"] [ref="Image"]')
          ?.getAttribute('alpha') === null,
      undefined,
      { timeout: 10_000 },
    )
    const image = await imageOf(tv, 'tile-top-1')
    expect(image.src).toMatch(/static\/images\/.+\.jpg$/)
    expect(await tv.text('updated')).toMatch(/^Updated (just now|\d+ min ago)$/)
    expect(await tv.text('tile-top-1')).toMatch(/ · /)
    await tv.press('Up')
    await tv.page.waitForTimeout(500)
    await tv.screenshot('home-1080p')
  })

  it('lays out the same at 720p', async () => {
    const tv = await tvs.open({ viewport: { width: 1280, height: 720 } })
    await tv.waitForFocus('hero')
    await tv.press('Down')
    expectInsideActionSafe(await tv.focusedRect())
    await tv.page.waitForTimeout(800)
    await tv.screenshot('home-720p')
  })

  it('opens a story with Enter and comes back to the same tile', async () => {
    const tv = await tvs.open()
    await tv.waitForFocus('hero')
    await tv.press('Down', 2)
    await tv.press('Right', 2)
    const tile = await tv.focusedId()
    expect(tile).toBe('tile-world-2')
    await tv.press('Enter')
    // The story route (issue #5) opens the reader, whose text holds focus.
    await tv.waitForFocus('story')
    await tv.press('Backspace')
    await tv.waitForFocus(tile)
  })

  it('reaches Settings from the header with Up', async () => {
    const tv = await tvs.open()
    await tv.waitForFocus('hero')
    await tv.press('Up')
    expect(await tv.focusedId()).toBe('open-settings')
    await tv.press('Enter')
    await tv.waitForFocus('settings-done')
    await tv.press('Backspace')
    await tv.waitForFocus('open-settings')
  })
})

describe('Home with a generated 20 × 200 feed', () => {
  const tvs = useTv()
  const feeds = { sections: 20, stories: 200 }

  it('remembers each row’s tile and keeps the focused tile inside action-safe on long runs', async () => {
    const tv = await tvs.open({ settings: generatedSettings(feeds), routes: [generatedFeedRoute(feeds)] })
    await tv.waitForFocus('hero')
    await tv.press('Down')
    await tv.press('Right', 12)
    expect(await tv.focusedId()).toBe('tile-gen-0-12')
    expectInsideActionSafe(await tv.focusedRect())
    await tv.press('Down')
    await tv.press('Right', 3)
    await tv.press('Up')
    expect(await tv.focusedId()).toBe('tile-gen-0-12')
    await tv.press('Down')
    expect(await tv.focusedId()).toBe('tile-gen-1-3')
    await tv.press('Down', 8)
    expect(await tv.focusedId()).toBe('tile-gen-9-0')
    await tv.page.waitForTimeout(400)
    expectInsideActionSafe(await tv.focusedRect())
    await tv.press('Right', 15)
    await tv.page.waitForTimeout(400)
    expect(await tv.focusedId()).toBe('tile-gen-9-15')
    expectInsideActionSafe(await tv.focusedRect())
    // Tiles made while scrolling show their story (section 10, story 16 of the generator).
    expect(await headline(tv, 'tile-gen-9-15')).toContain('(10.16)')
    // Virtualized: a handful of rows and tiles exist, not 20 × 200.
    const tiles = await tv.page.$$eval('[data-testid^="tile-"]', (nodes) => nodes.length)
    expect(tiles).toBeLessThan(40)
    await tv.screenshot('home-generated-deep')
  }, 150_000)

  it('keeps focus on the viewer’s story through a background refresh', async () => {
    const options = { ...feeds, sections: 3, revision: 0 }
    const tv = await tvs.open({
      settings: generatedSettings(options),
      routes: [generatedFeedRoute(options)],
      fakeClock: true,
    })
    await tv.waitForFocus('hero')
    await tv.press('Down', 2)
    await tv.press('Right', 4)
    expect(await tv.focusedId()).toBe('tile-gen-1-4')
    const before = await headline(tv, 'tile-gen-1-4')
    // Two stories arrive at the top of every feed, then the store's 10-minute refresh timer fires.
    options.revision = 2
    await tv.page.clock.fastForward('10:30')
    await tv.waitForFocus('tile-gen-1-6')
    expect(await headline(tv, 'tile-gen-1-6')).toBe(before)
  })
})

describe('Home when feeds fail', () => {
  const tvs = useTv()
  const failWorld = (_req: unknown, res: import('node:http').ServerResponse, url: URL) => {
    if (!url.pathname.endsWith('/world.xml')) return false
    res.writeHead(500)
    res.end('boom')
    return true
  }

  it('shows the failing section’s retry inside its row while the others render', async () => {
    const tv = await tvs.open({ routes: [failWorld] })
    await tv.waitForFocus('hero')
    await tv.waitFor('retry')
    await tv.press('Down', 2)
    expect(await tv.focusedId()).toBe('retry')
    const inRow = await tv.page.$eval(
      '[data-testid="row-world"]',
      (row) => row.querySelector('[data-testid="retry"]') !== null,
    )
    expect(inRow).toBe(true)
    expect(await tv.text('row-world')).toMatch(/World/)
    await tv.press('Down')
    expect(await tv.focusedId()).toBe('tile-business-0')
    await tv.screenshot('home-row-error')
  })

  it('shows one full-screen error with Retry when nothing at all can be shown', async () => {
    const failAll = (_req: unknown, res: import('node:http').ServerResponse, url: URL) => {
      if (!url.pathname.startsWith('/static/feeds/')) return false
      res.writeHead(503)
      res.end()
      return true
    }
    const tv = await tvs.open({ routes: [failAll] })
    await tv.waitForFocus('retry')
    expect(await tv.exists('error')).toBe(true)
    await tv.screenshot('home-all-failed')
  })
})
