/**
 * Drawing quality (issue 13): `?quality=low` (or platformSettings.quality) draws no backdrop, renders at
 * 720p scaled up, and says so in Settings → About; `high` draws the full look. Screenshots of Home, a story,
 * Settings and the live channel at both levels are saved for looking at (test-results/screenshots/quality-*.png).
 */
import { describe, expect, it } from 'vitest'
import { HOME_FOCUS } from './harness/screens'
import { useTv } from './harness/suite'
import type { Tv } from './harness/tv'

const canvasWidth = (tv: Tv) => tv.page.evaluate(() => document.querySelector('canvas')?.width ?? 0)
const backdropShown = (tv: Tv) =>
  tv.page.evaluate(() => {
    const backdrop = document.querySelector('[ref="Backdrop"]')
    return backdrop instanceof HTMLElement && backdrop.checkVisibility()
  })

/** Down from Home's first focus to the first row of tiles, then one tile right, and let focus rest. */
async function restOnTile(tv: Tv): Promise<void> {
  await tv.waitForFocus(HOME_FOCUS)
  for (let i = 0; i < 4 && !/^tile-/.test((await tv.focusedId()) ?? ''); i++) await tv.press('Down')
  await tv.press('Right')
  await tv.page.waitForTimeout(1200)
}

describe('drawing quality', () => {
  const tvs = useTv()

  for (const quality of ['high', 'low'] as const) {
    it(`at ${quality}: Home, a story, Settings and About as the level says`, async () => {
      const tv = await tvs.open({ query: { quality } })
      // The bundled settings lead Home with the live channel: its player screen first.
      await tv.waitForFocus('live-tile')
      await tv.press('Enter')
      await tv.waitForFocus('live')
      await tv.page.waitForTimeout(1500)
      await tv.screenshot(`quality-${quality}-live`)
      await tv.press('Backspace')
      await restOnTile(tv)
      expect(await canvasWidth(tv)).toBe(quality === 'low' ? 1280 : 1920)
      expect(await backdropShown(tv)).toBe(quality === 'high')
      await tv.screenshot(`quality-${quality}-home`)

      await tv.press('Enter')
      await tv.waitForFocus(/^story/)
      await tv.page.waitForTimeout(600)
      await tv.screenshot(`quality-${quality}-story`)
      await tv.press('Backspace')
      await tv.waitForFocus(/^tile-/)

      await tv.press('Up', 4)
      await tv.waitForFocus('header-settings')
      await tv.press('Enter')
      await tv.waitForFocus('text-size-m')
      expect(await tv.text('settings-about')).toContain(quality === 'low' ? 'Low quality' : 'High quality')
      await tv.screenshot(`quality-${quality}-settings`)
      expect(tv.errors).toEqual([])
    })
  }

  it('auto starts at the level this device measured before', async () => {
    const tv = await tvs.open({
      query: { quality: 'auto' },
      initScript: () => localStorage.setItem('com.lightwire.news.lightwire-quality', 'low'),
    })
    await tv.waitForFocus(HOME_FOCUS)
    expect(await canvasWidth(tv)).toBe(1280)
  })
})
