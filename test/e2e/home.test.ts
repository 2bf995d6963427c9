import { describe, expect, it } from 'vitest'
import { generatedFeedRoute, generatedSettings } from '../../scripts/generate-feed'
import { HOME_FOCUS, HOME_START, isVisible, waitForVisible } from './harness/screens'
import { useTv } from './harness/suite'
import type { Rect, Tv } from './harness/tv'
import { settingsWithLive } from './harness/video'

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

/**
 * Waits until the hero shows a story: the live tile can take focus before the feeds are in, and a Down
 * pressed while the hero is still empty (not focusable) rightly goes nowhere.
 */
async function heroReady(tv: Tv): Promise<void> {
  await tv.page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="hero"] [texture-text]')].some(
      (node) => (node.getAttribute('texture-text') ?? '') !== '',
    ),
  )
}

/** Home opens on the live channel's tile when one is configured (the bundled settings have one): step to the hero. */
async function focusHero(tv: Tv): Promise<void> {
  const start = await tv.waitForFocus(HOME_START)
  await heroReady(tv)
  if (start === 'live-tile') await tv.press('Down')
  await tv.waitForFocus('hero')
}

const headline = (tv: Tv, tileId: string) =>
  tv.page.$eval(`[data-testid="${tileId}"] [ref="Headline"]`, (node) => node.getAttribute('texture-text'))

describe('Home with the bundled feeds', () => {
  const tvs = useTv()

  it('shows the live channel, the featured story and the first headline row on its first screen (issue 18)', async () => {
    const tv = await tvs.open()
    await tv.waitForFocus('live-tile')
    await waitForVisible(tv, 'tile-top-0')
    const boxes = await tv.page.evaluate(() =>
      Object.fromEntries(
        ['live-tile', 'hero', 'tile-top-0'].map((id) => {
          const box = document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect()
          return [id, box ? { top: box.top, left: box.left, width: box.width } : null]
        }),
      ),
    )
    const live = boxes['live-tile']
    const hero = boxes.hero
    const tile = boxes['tile-top-0']
    if (!live || !hero || !tile) throw new Error(`missing on the first screen: ${JSON.stringify(boxes)}`)
    // The live banner spans the width the hero does (before its focus scale): no half-empty row beside it.
    expect(live.width).toBeGreaterThanOrEqual(hero.width)
    expect(live.top).toBeLessThan(hero.top)
    expect(hero.top).toBeLessThan(tile.top)
    // At least the top of the first row's pictures is on screen (the viewport is 1080 high).
    expect(tile.top).toBeLessThan(1080 - 100)
    await tv.screenshot('home-first-screen')
  })

  it('opens on the live tile above the hero and moves tile to tile and row to row', async () => {
    const tv = await tvs.open()
    await tv.waitForFocus('live-tile')
    await heroReady(tv)
    await tv.press('Down')
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
    await tv.press('Up')
    expect(await tv.focusedId()).toBe('live-tile')
    expect(tv.errors).toEqual([])
  })

  it('shows images, relative times and the freshness line; looks right at 1080p', async () => {
    const tv = await tvs.open()
    await focusHero(tv)
    await tv.press('Down')
    await tv.page.waitForFunction(
      () =>
        document.querySelector('[data-testid="tile-top-1"] [ref="Frame"]')?.getAttribute('alpha') === null,
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
    await focusHero(tv)
    await tv.press('Down')
    expectInsideActionSafe(await tv.focusedRect())
    await tv.page.waitForTimeout(800)
    await tv.screenshot('home-720p')
  })

  it('opens a story with Enter and comes back to the same tile', async () => {
    const tv = await tvs.open()
    await focusHero(tv)
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
    // Home's top row is the live tile when a channel is configured, else the hero: Up from it reaches the header.
    await tv.waitForFocus(HOME_START)
    await tv.press('Up')
    expect(await tv.focusedId()).toBe('header-settings')
    await tv.press('Enter')
    await tv.waitFor('settings')
    await tv.waitForFocus(/^text-size-/)
    await tv.press('Backspace')
    await tv.waitForFocus('header-settings')
  })
})

describe('Home with a generated 20 × 200 feed', () => {
  const tvs = useTv()
  const feeds = { sections: 20, stories: 200 }

  it('remembers each row’s tile and keeps the focused tile inside action-safe on long runs', async () => {
    const tv = await tvs.open({ settings: generatedSettings(feeds), routes: [generatedFeedRoute(feeds)] })
    await tv.waitForFocus('hero')
    await tv.press('Down')
    await tv.press('Right', 8)
    await tv.page.waitForTimeout(400)
    const far = await tv.focusedId()
    expect(far).toBe('tile-gen-0-8')
    expectInsideActionSafe(await tv.focusedRect())
    await tv.press('Down')
    await tv.press('Right', 3)
    await tv.press('Up')
    expect(await tv.focusedId()).toBe(far)
    await tv.press('Down')
    expect(await tv.focusedId()).toBe('tile-gen-1-3')
    await tv.press('Down', 5)
    await tv.page.waitForTimeout(400)
    expectInsideActionSafe(await tv.focusedRect())
    await tv.press('Right', 8)
    await tv.page.waitForTimeout(400)
    const deep = /^tile-gen-(\d+)-(\d+)$/.exec((await tv.focusedId()) ?? '')
    expect(deep?.[0]).toBe('tile-gen-6-8')
    expectInsideActionSafe(await tv.focusedRect())
    // Tiles made while scrolling show their own story (the generator numbers headlines "(section.story)").
    const [section, story] = [Number(deep?.[1]) + 1, Number(deep?.[2]) + 1]
    expect(await headline(tv, deep?.[0] ?? '')).toContain(`(${section}.${story})`)
    // Virtualized: a handful of rows and tiles exist, not 20 × 200.
    const tiles = await tv.page.$$eval('[data-testid^="tile-"]', (nodes) => nodes.length)
    expect(tiles).toBeLessThan(40)
    await tv.screenshot('home-generated-deep')
    // Key presses through the DevTools protocol are slow on a loaded 2-core machine (seconds each): room for 27.
  }, 240_000)

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
  const failAll = (_req: unknown, res: import('node:http').ServerResponse, url: URL) => {
    if (!url.pathname.startsWith('/static/feeds/')) return false
    res.writeHead(503)
    res.end()
    return true
  }
  const failWorld = (_req: unknown, res: import('node:http').ServerResponse, url: URL) => {
    if (!url.pathname.endsWith('/world.xml')) return false
    res.writeHead(500)
    res.end('boom')
    return true
  }

  it('shows the failing section’s retry inside its row while the others render', async () => {
    const tv = await tvs.open({ routes: [failWorld] })
    await focusHero(tv)
    // The feed client retries a 500 with back-off first; the row shows its Retry once it has given up.
    await tv.page.waitForSelector('[data-testid="row-world"] [data-testid="retry"]', {
      state: 'attached',
      timeout: 20_000,
    })
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
    const tv = await tvs.open({ routes: [failAll], settings: settingsWithLive(undefined) })
    // A row's own Retry (also `retry`) can take focus first, while the other feeds are still being retried:
    // wait for the full-screen error itself, which comes once every feed has given up.
    await waitForVisible(tv, 'error')
    await tv.waitForFocus('retry')
    const retryInError = await tv.page.$eval(
      '[focused="true"]',
      (node) => node.closest('[data-testid="error"]') !== null,
    )
    expect(retryInError).toBe(true)
    expect(await isVisible(tv, 'home')).toBe(true)
    await tv.screenshot('home-all-failed')
  })

  it('keeps the live tile when every feed fails, with the error and Retry one press below it', async () => {
    const feeds = { failing: true }
    const failAllUntilFixed = (req: unknown, res: import('node:http').ServerResponse, url: URL) =>
      feeds.failing && failAll(req, res, url)
    const tv = await tvs.open({ routes: [failAllUntilFixed] })
    await tv.waitForFocus('live-tile')
    // The feed client retries with back-off before it gives up; then the error takes the hero's place.
    await waitForVisible(tv, 'error')
    await tv.press('Down')
    await tv.waitForFocus('retry')
    expect(await tv.text('error')).toMatch(/No stories to show right now/)
    await tv.screenshot('home-all-failed-with-live')
    feeds.failing = false
    await tv.press('Enter')
    await tv.waitForFocus(HOME_FOCUS)
    expect(await tv.exists('row-world')).toBe(true)
  })
})
