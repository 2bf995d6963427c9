/**
 * New stories and breaking news (issue 16), driven like a viewer with a remote while the test rewrites the
 * feeds and calls the app's own refresh (`window.lightwire.refresh()`, what the timer does every few minutes).
 */
import { describe, expect, it } from 'vitest'
import { changingFeed, stories } from './harness/changingFeed'
import { isVisible, waitForVisible } from './harness/screens'
import { useTv } from './harness/suite'
import type { Tv } from './harness/tv'

const RED = 403

const refresh = (tv: Tv) =>
  tv.page.evaluate(async () => {
    if (!window.lightwire) throw new Error('no automation hooks')
    await window.lightwire.refresh()
  })

const metaOf = (tv: Tv, tileId: string) =>
  tv.page.$eval(`[data-testid="${tileId}"] [ref="Meta"]`, (node) => node.getAttribute('texture-text') ?? '')

const headlineOfFocus = (tv: Tv) =>
  tv.page.$eval('[focused="true"]', (node) => {
    const headline = node.closest('[data-testid^="tile-"]')?.querySelector('[ref="Headline"]')
    return headline?.getAttribute('texture-text') ?? ''
  })

/**
 * New stories and breaking news follow the store once their chunk has loaded, after Home is up: they have
 * taken in the first stories when they have written what they know.
 */
const followersReady = (tv: Tv) =>
  until(
    () => tv.page.evaluate(() => Object.keys(localStorage).some((key) => key.endsWith('.newStories'))),
    'the new-stories follower to take in the first stories',
  )

async function until(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const settingsWith = (...sections: Record<string, unknown>[]) => ({
  appSettings: { sections, refreshMinutes: 60, breaking: { maxAgeMinutes: 30, showSeconds: 60 } },
  platformSettings: { path: './static', inspector: false, proxyUrl: '' },
})

describe('new stories', () => {
  const tvs = useTv()

  it('a refresh shows "3 new stories" without moving focus; OK on it goes to them, marked New', async () => {
    const wire = changingFeed('/fresh/wire.xml', stories('old', 8))
    const tv = await tvs.open({ routes: [wire.route], settings: settingsWith(wire.section('wire', 'Wire')) })
    await tv.waitForFocus('hero')
    await followersReady(tv)
    expect(await isVisible(tv, 'new-stories')).toBe(false)
    await tv.press('Down')
    await tv.press('Right', 2)
    await tv.waitForFocus('tile-wire-2')
    const before = { headline: await headlineOfFocus(tv), rect: await tv.focusedRect() }
    expect(before.headline).toBe('old story 3')

    wire.set([...stories('fresh', 3, 1, 1), ...stories('old', 8)])
    await refresh(tv)
    await waitForVisible(tv, 'new-stories')
    expect(await tv.text('new-stories')).toBe('3 new stories')
    // The same story keeps focus, where it was on screen: the new tiles went in before it, off to the left.
    // (Polled: the reused tile's headline texture is redrawn a frame or two after the refresh.)
    await until(
      async () => (await headlineOfFocus(tv)) === before.headline,
      `focus to stay on "${before.headline}"`,
    )
    expect(await tv.focusedId()).toBe('tile-wire-5')
    // (A few pixels of the focus scale-up's easing aside: a scroll would move it by a whole tile, 400 px.)
    expect(Math.abs((await tv.focusedRect()).x - before.rect.x)).toBeLessThan(20)
    expect(await isVisible(tv, 'updated')).toBe(false)
    await tv.screenshot('home-new-stories')

    // Up to the top, then once more reaches the indicator; OK shows the first new story.
    for (let i = 0; i < 4 && (await tv.focusedId()) !== 'new-stories'; i++) await tv.press('Up')
    expect(await tv.focusedId()).toBe('new-stories')
    await tv.press('Enter')
    await tv.waitForFocus('tile-wire-0')
    await until(async () => (await headlineOfFocus(tv)) === 'fresh story 1', 'focus on the first new story')
    await until(async () => !(await isVisible(tv, 'new-stories')), 'the indicator to go')
    expect(await isVisible(tv, 'updated')).toBe(true)
    expect(await metaOf(tv, 'tile-wire-1')).toMatch(/^New · /)
    expect(await metaOf(tv, 'tile-wire-3')).not.toMatch(/^New/)
    await tv.screenshot('home-new-marks')

    // Seen stories lose the mark (on the next draw: here a refresh with nothing new), unseen ones keep it.
    await tv.press('Right')
    await refresh(tv)
    await tv.press('Left')
    await until(
      async () => !(await metaOf(tv, 'tile-wire-1')).startsWith('New'),
      'the seen tile to lose its mark',
    )
    expect(await metaOf(tv, 'tile-wire-2')).toMatch(/^New · /)
    expect(await isVisible(tv, 'new-stories')).toBe(false)

    // Across a reload: the unseen story is still new, and nothing counts as new again.
    await tv.page.reload()
    await tv.waitForFocus('hero')
    await until(async () => (await metaOf(tv, 'tile-wire-2')).startsWith('New'), 'the mark after a reload')
    expect(await isVisible(tv, 'new-stories')).toBe(false)
  })
})

describe('breaking news', () => {
  const tvs = useTv()

  it('raises the banner over the reader and Home without taking focus; Back dismisses, Red opens, never twice', async () => {
    const wire = changingFeed('/fresh/wire.xml', stories('wire', 5))
    const alerts = changingFeed('/fresh/alerts.xml', stories('archive', 2, 120))
    const tv = await tvs.open({
      routes: [wire.route, alerts.route],
      settings: settingsWith(
        wire.section('wire', 'Wire'),
        alerts.section('alerts', 'Alerts', { breaking: true }),
      ),
    })
    await tv.waitForFocus('hero')
    await followersReady(tv)
    // Old alerts (two hours) raise nothing.
    expect(await isVisible(tv, 'breaking')).toBe(false)

    await tv.press('Down')
    await tv.waitForFocus('tile-wire-0')
    await tv.press('Enter')
    await tv.waitForFocus('story')
    const page = await tv.text('story-page')

    alerts.set([
      { guid: 'alert-1', title: 'Harbour bridge closed after storm damage', minutesAgo: 2 },
      ...stories('archive', 2, 120),
    ])
    await refresh(tv)
    await waitForVisible(tv, 'breaking')
    expect(await tv.text('breaking-headline')).toBe('Harbour bridge closed after storm damage')
    expect(await tv.focusedId()).toBe('story')
    await tv.screenshot('story-breaking-banner')

    await tv.press('Backspace')
    await until(async () => !(await isVisible(tv, 'breaking')), 'Back to dismiss the banner')
    // Back went to the banner only: still the same story, on the same page.
    expect(await tv.focusedId()).toBe('story')
    expect(await tv.text('story-page')).toBe(page)

    // The same story never shows twice.
    await refresh(tv)
    await tv.nextFrame()
    expect(await isVisible(tv, 'breaking')).toBe(false)

    await tv.press('Backspace')
    await tv.waitForFocus('tile-wire-0')
    alerts.set([
      { guid: 'alert-2', title: 'Ferries resume on the northern route', minutesAgo: 1 },
      ...stories('archive', 2, 120),
    ])
    await refresh(tv)
    await waitForVisible(tv, 'breaking')
    expect(await tv.focusedId()).toBe('tile-wire-0')
    await tv.screenshot('home-breaking-banner')
    await tv.press(RED)
    await tv.waitForFocus('story')
    expect(await tv.text('story-title')).toContain('Ferries resume on the northern route')
    expect(await isVisible(tv, 'breaking')).toBe(false)
    expect(tv.errors).toEqual([])
  })

  it('shows no banner once the viewer turns breaking banners off in Settings', async () => {
    const alerts = changingFeed('/fresh/alerts.xml', stories('archive', 2, 120))
    const tv = await tvs.open({
      routes: [alerts.route],
      settings: settingsWith(alerts.section('alerts', 'Alerts', { breaking: true })),
    })
    await tv.waitForFocus('hero')
    await tv.press('M')
    await tv.waitForFocus(/^text-size-/)
    // Down to the sections, right along one to the Reset button, down past Clear history to the switch.
    await tv.press('Down')
    for (let i = 0; i < 5 && !(await tv.focusedId())?.startsWith('settings-reset'); i++)
      await tv.press('Right')
    await tv.press('Down', 2)
    expect(await tv.focusedId()).toBe('settings-breaking')
    expect(await tv.text('settings-breaking')).toContain('On')
    await tv.press('Enter')
    await until(async () => (await tv.text('settings-breaking')).includes('Off'), 'the switch to say Off')
    await tv.screenshot('settings-breaking-off')
    await tv.press('M')
    await tv.waitForFocus('hero')
    await followersReady(tv)
    alerts.set([{ guid: 'alert-9', title: 'A breaking story nobody asked for', minutesAgo: 1 }])
    await refresh(tv)
    await tv.nextFrame()
    expect(await isVisible(tv, 'breaking')).toBe(false)
  })
})
