/**
 * Held keys (issue #6): a held direction moves focus at a steady rate and stops within one step of
 * release; a held OK acts once. Timing is never asserted: positions and counts are.
 */

import { describe, expect, it } from 'vitest'
import type { Route } from '../../server/appServer'
import { focusHomeContent, HOME_FOCUS, positionOf } from './harness/screens'
import { useTv } from './harness/suite'

const SECTIONS = 50

/** A long feed (written for this test) so a row has more stories than a 3 s hold can reach. */
const longFeed: Route = (_req, res, url) => {
  if (url.pathname !== '/test-feeds/long.xml') return false
  const items = Array.from(
    { length: 60 },
    (_, i) =>
      `<item><title>Test story ${i}</title><link>https://example.org/story/${i}</link><guid>test-${i}</guid><description>Paragraph ${i}.</description><pubDate>Mon, 03 Mar 2025 10:${String(i % 60).padStart(2, '0')}:00 GMT</pubDate></item>`,
  )
  res.writeHead(200, { 'content-type': 'application/rss+xml' })
  res.end(
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Long</title>${items.join('')}</channel></rss>`,
  )
  return true
}

/** Fifty sections (ids s0…s49) so Home has a long row whatever its layout: chips today, tiles later. */
const settings = {
  appSettings: {
    sections: Array.from({ length: SECTIONS }, (_, i) => ({
      id: `s${i}`,
      title: `Section ${i}`,
      url: './test-feeds/long.xml',
    })),
  },
  platformSettings: {},
}

/** Counts the keydowns that get past the repeat gate, per key code (a bubble-phase listener, like Lightning's). */
const countPassedKeys = `
  window.__passed = {}
  window.addEventListener('keydown', (e) => { window.__passed[e.keyCode] = (window.__passed[e.keyCode] || 0) + 1 })
`

/**
 * Records every element the inspector marks focused, in the page itself: while a key is held, software
 * rendering keeps the page too busy to answer the test's own polling in between (seen: one answer in 3 s).
 */
const recordFocus = `
  window.__focusLog = []
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.target.getAttribute && m.target.getAttribute('focused') === 'true') {
        window.__focusLog.push(m.target.getAttribute('data-testid'))
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['focused'] })
`

describe('held keys', () => {
  const tvs = useTv()
  const passed = async (tv: Awaited<ReturnType<typeof tvs.open>>, keyCode: number) =>
    tv.page.evaluate(
      (code) => (window as unknown as { __passed: Record<number, number> }).__passed[code] ?? 0,
      keyCode,
    )

  it('holding Right moves focus continuously and stops within one step of release', async () => {
    const tv = await tvs.open({ settings, routes: [longFeed], initScript: countPassedKeys + recordFocus })
    const start = await focusHomeContent(tv)
    const logged = () =>
      tv.page.evaluate(() => (window as unknown as { __focusLog: string[] }).__focusLog.length)
    const before = await logged()
    await tv.hold('Right', 3000)
    const seen = new Set(
      await tv.page.evaluate(
        (from) => (window as unknown as { __focusLog: string[] }).__focusLog.slice(from),
        before,
      ),
    )
    const atRelease = await tv.focusedId()
    await tv.page.waitForTimeout(1000)
    const settled = await tv.focusedId()
    await tv.screenshot('remote-hold-right')

    const moved = positionOf(atRelease) - positionOf(start)
    // Continuous: several steps, and we watched it pass through intermediate places.
    expect(moved).toBeGreaterThanOrEqual(4)
    expect(seen.size).toBeGreaterThanOrEqual(3)
    // Paced: 60 auto-repeats were sent; far fewer moved focus (one per ~125 ms), so the row's end is not hit.
    const steps = await passed(tv, 39)
    expect(steps).toBeLessThan(45)
    expect(moved).toBeLessThan(SECTIONS - 1)
    // Stops: nothing queued runs on after release.
    const after = positionOf(settled) - positionOf(atRelease)
    expect(after).toBeGreaterThanOrEqual(0)
    expect(after).toBeLessThanOrEqual(1)
  })

  it('holding OK opens one thing, and one Back returns to Home', async () => {
    const tv = await tvs.open({ initScript: countPassedKeys })
    await focusHomeContent(tv)
    await tv.hold('Enter', 1500)
    expect(await passed(tv, 13)).toBe(1)
    await tv.page.waitForTimeout(300)
    expect(await tv.focusedIds()).toHaveLength(1)
    await tv.press('Backspace')
    await tv.waitForFocus(HOME_FOCUS)
  })

  it('separate quick presses are never throttled', async () => {
    const tv = await tvs.open({ settings, routes: [longFeed], initScript: countPassedKeys })
    const start = await focusHomeContent(tv)
    await tv.burst('Right', 5)
    expect(await passed(tv, 39)).toBe(5)
    await expect.poll(async () => positionOf(await tv.focusedId()) - positionOf(start)).toBe(5)
  })
})
