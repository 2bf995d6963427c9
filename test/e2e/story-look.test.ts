/**
 * The reader as a viewer sees it: a long and a short story at two text sizes, at 1080p and 720p, saved as
 * screenshots (test-results/screenshots/story-*.png) to look at, with the big-screen rules checked on each.
 */
import { describe, expect, it } from 'vitest'
import { useTv } from './harness/suite'
import type { Rect, Tv } from './harness/tv'
import { readerFeedRoute, readerSettings, readerStoryId } from './storyFixtures'

const TITLE_SAFE = { x: 192, y: 106, right: 1726, bottom: 972 }
const ACTION_SAFE = { x: 96, y: 53, right: 1822, bottom: 1023 }

function expectInside(rect: Rect, area: typeof TITLE_SAFE, what: string) {
  const slack = 1 // sub-pixel rounding of the inspector mirror at 720p
  expect(rect.x, `${what} left`).toBeGreaterThanOrEqual(area.x - slack)
  expect(rect.y, `${what} top`).toBeGreaterThanOrEqual(area.y - slack)
  expect(rect.x + rect.w, `${what} right`).toBeLessThanOrEqual(area.right + slack)
  expect(rect.y + rect.h, `${what} bottom`).toBeLessThanOrEqual(area.bottom + slack)
}

/** Big-screen rules on the current reader screen, then a screenshot. */
async function check(tv: Tv, name: string): Promise<void> {
  await tv.page.waitForTimeout(700) // page-turn transition and image fade
  expect(await tv.focusedIds()).toHaveLength(1)
  expectInside(await tv.focusedRect(), ACTION_SAFE, 'focused element')
  for (const id of ['story', 'story-page', 'story-next', 'story-title']) {
    const rect = await tv.rect(id)
    if (rect.w > 0 && rect.h > 0) expectInside(rect, TITLE_SAFE, id)
  }
  await tv.screenshot(name)
}

async function setSize(tv: Tv, steps: number): Promise<void> {
  await tv.press('M')
  await tv.waitForFocus('story-text-size')
  await tv.press(steps > 0 ? 'Right' : 'Left', Math.abs(steps))
  await tv.press('Down')
  await tv.waitForFocus('story')
}

describe('story reader look', () => {
  const tvs = useTv()

  for (const [label, viewport] of [
    ['1080p', { width: 1920, height: 1080 }],
    ['720p', { width: 1280, height: 720 }],
  ] as const) {
    it(`sets a long and a short story well at two text sizes (${label})`, async () => {
      const tv = await tvs.open({
        settings: readerSettings,
        routes: [readerFeedRoute],
        viewport,
        hash: `story/${readerStoryId('reader-ferry')}`,
      })
      await tv.waitForFocus('story')
      await check(tv, `story-long-M-p1-${label}`)
      await tv.press('Down')
      await check(tv, `story-long-M-p2-${label}`)
      await setSize(tv, 1)
      await check(tv, `story-long-L-p2-${label}`)
      await tv.press('Right')
      await expect.poll(() => tv.text('story-page')).toMatch(/^Page 1 of 1/)
      await check(tv, `story-short-L-${label}`)
      await setSize(tv, -2)
      await check(tv, `story-short-S-${label}`)
      expect(tv.errors).toEqual([])
    })
  }

  it('sets Chinese and Arabic, the summary-only story and the Up next list', async () => {
    const tv = await tvs.open({
      settings: readerSettings,
      routes: [readerFeedRoute],
      hash: `story/${readerStoryId('reader-world')}`,
    })
    await tv.waitForFocus('story')
    await check(tv, 'story-cjk-arabic-M-1080p')
    await tv.press('Down')
    await tv.waitForFocus('related-0')
    await tv.page.waitForTimeout(500)
    expect(await tv.text('story-page')).toMatch(/Up next$/)
    await tv.screenshot('story-up-next-1080p')
    await tv.press('Left')
    await expect.poll(() => tv.text('story-title')).toContain('timetable')
    await check(tv, 'story-summary-only-M-1080p')
  })
})
