/**
 * Reading history (issue 16): read marks on tiles, "Continue reading" with the page the viewer left, kept
 * across a reload, and Settings → Clear history. Driven with the remote, on a long-story feed.
 */
import { describe, expect, it } from 'vitest'
import { isVisible, waitForVisible } from './harness/screens'
import { useTv } from './harness/suite'
import type { Tv } from './harness/tv'
import { readerFeedRoute, readerSettings } from './storyFixtures'

const metaOf = (tv: Tv, tileId: string) =>
  tv.page.$eval(`[data-testid="${tileId}"] [ref="Meta"]`, (node) => node.getAttribute('texture-text') ?? '')

async function pageIndicator(tv: Tv): Promise<{ page: number; of: number }> {
  const match = /Page (\d+) of (\d+)/.exec(await tv.text('story-page'))
  if (!match) throw new Error(`no page indicator in "${await tv.text('story-page')}"`)
  return { page: Number(match[1]), of: Number(match[2]) }
}

/** From Home's first focus (the hero: this feed has no live channel), down to `tile-reader-<index>`. */
async function focusReaderTile(tv: Tv, index: number): Promise<void> {
  for (let i = 0; i < 6 && !(await tv.focusedId())?.startsWith('tile-reader-'); i++) await tv.press('Down')
  for (let i = 0; i < 10 && (await tv.focusedId()) !== `tile-reader-${index}`; i++) await tv.press('Right')
  expect(await tv.focusedId()).toBe(`tile-reader-${index}`)
}

const open = (tvs: ReturnType<typeof useTv>) =>
  tvs.open({ settings: readerSettings, routes: [readerFeedRoute] })

describe('reading history', () => {
  const tvs = useTv()

  it('marks a story read and offers it in Continue reading, on the page it was left, after a reload too', async () => {
    const tv = await open(tvs)
    await tv.waitForFocus('hero')
    expect(await isVisible(tv, 'row-continue')).toBe(false)
    await focusReaderTile(tv, 0)
    await tv.press('Enter')
    await tv.waitForFocus('story')
    const { of } = await pageIndicator(tv)
    expect(of).toBeGreaterThan(2)
    await tv.press('Down')
    expect(await pageIndicator(tv)).toEqual({ page: 2, of })
    await tv.press('Backspace')
    await tv.waitForFocus('tile-reader-0')
    await waitForVisible(tv, 'row-continue')
    expect(await metaOf(tv, 'tile-reader-0')).toMatch(/^Read · /)
    expect(await metaOf(tv, 'tile-reader-1')).not.toMatch(/^Read · /)
    expect(await metaOf(tv, 'tile-continue-0')).toMatch(new RegExp(`^Page 2 of ${of} · `))

    // Continue reading sits above the rows: Up reaches it, and OK opens the story on page 2.
    await tv.press('Up')
    expect(await tv.focusedId()).toBe('tile-continue-0')
    await tv.screenshot('home-continue-reading')
    await tv.press('Enter')
    await tv.waitForFocus('story')
    expect(await pageIndicator(tv)).toEqual({ page: 2, of })

    // A reload (the deep link #story/…) reads the stored history: the same page, and the row on Home.
    await tv.page.reload()
    await tv.waitForFocus('story')
    expect(await pageIndicator(tv)).toEqual({ page: 2, of })
    await tv.press('Backspace')
    await tv.waitForFocus(/^(hero|tile-)/)
    await waitForVisible(tv, 'row-continue')
    expect(await metaOf(tv, 'tile-continue-0')).toMatch(new RegExp(`^Page 2 of ${of} · `))
    expect(tv.errors).toEqual([])
  })

  it('drops a finished story from Continue reading, and Settings → Clear history forgets what was read', async () => {
    const tv = await open(tvs)
    await tv.waitForFocus('hero')
    await focusReaderTile(tv, 0)
    await tv.press('Enter')
    await tv.waitForFocus('story')
    await tv.press('Down')
    await tv.press('Backspace')
    await waitForVisible(tv, 'row-continue')

    // Back into it from Continue reading, on to its last page: finished, so the row goes.
    await tv.press('Up')
    expect(await tv.focusedId()).toBe('tile-continue-0')
    await tv.press('Enter')
    await tv.waitForFocus('story')
    const { of } = await pageIndicator(tv)
    await tv.press('Down', of)
    expect((await pageIndicator(tv)).page).toBe(of)
    await tv.press('Backspace')
    await tv.waitForFocus(/^tile-reader-/)
    expect(await isVisible(tv, 'row-continue')).toBe(false)
    expect(await metaOf(tv, 'tile-reader-0')).toMatch(/^Read · /)

    // Settings: down to the sections, right past their three columns to Reset, then Clear history.
    await tv.page.evaluate(() => {
      window.location.hash = 'settings'
    })
    await tv.waitForFocus(/^text-size-/)
    await tv.press('Down')
    // Along the section's row to Reset (column B), then down to Clear history.
    for (let i = 0; i < 5 && !(await tv.focusedId())?.startsWith('settings-reset'); i++)
      await tv.press('Right')
    await tv.press('Down')
    expect(await tv.focusedId()).toBe('settings-clear-history')
    await tv.press('Enter')
    expect(await tv.text('settings-reset-status')).toBe('Reading history cleared.')
    await tv.screenshot('settings-clear-history')
    await tv.press('Backspace')
    await tv.waitForFocus(/^(hero|tile-)/)
    await waitForVisible(tv, 'tile-reader-0')
    expect(await metaOf(tv, 'tile-reader-0')).not.toMatch(/^Read · /)
    expect(tv.errors).toEqual([])
  })
})
