/**
 * Settings (issue #6): text size, sections shown and their order, reset cached data, About. Choices apply at
 * once and survive a restart. Home is checked generically (chips today, rows of tiles later).
 */
import { describe, expect, it } from 'vitest'
import { HOME_FOCUS } from './harness/screens'
import { useTv } from './harness/suite'
import type { Tv } from './harness/tv'

/** The section ids in the scene now, in screen order: placeholder chips (`chip-<id>`) or rows (`row-<id>`). */
function sectionsInScene(tv: Tv): Promise<string[]> {
  return tv.page.evaluate(() => {
    const found: { id: string; top: number; left: number }[] = []
    for (const node of document.querySelectorAll('[data-testid^="chip-"], [data-testid^="row-"]')) {
      if (!(node as HTMLElement).checkVisibility()) continue
      const id = node.getAttribute('data-testid')?.replace(/^(chip|row)-/, '')
      const box = node.getBoundingClientRect()
      if (id && !found.some((item) => item.id === id)) found.push({ id, top: box.top, left: box.left })
    }
    // Screen order, not scene order: rows re-ordered in place keep their place among the scene's children.
    return found.sort((a, b) => a.top - b.top || a.left - b.left).map((item) => item.id)
  })
}

/**
 * Section ids Home shows, in screen order. Home's rows are virtualized (only rows near the viewport exist),
 * so this walks Down through Home, merging what each position shows, until focus stops moving.
 */
async function homeSections(tv: Tv): Promise<string[]> {
  // Home keeps the viewer's place: start from the top (Up until the header, then back down).
  for (let step = 0; step < 12; step++) {
    const before = await tv.focusedId()
    await tv.press('Up')
    const now = await tv.focusedId()
    if (now === before || now === 'header-settings') break
  }
  if ((await tv.focusedId()) === 'header-settings') await tv.press('Down')
  const ids: string[] = []
  for (let step = 0; step < 12; step++) {
    for (const id of await sectionsInScene(tv)) if (!ids.includes(id)) ids.push(id)
    const before = await tv.focusedId()
    await tv.press('Down')
    if ((await tv.focusedId()) === before) break
  }
  return ids
}

async function reload(tv: Tv, hash: string): Promise<void> {
  await tv.page.evaluate((h) => {
    window.location.hash = h
  }, hash)
  await tv.page.reload()
  await tv.waitForFocus()
}

describe('settings', () => {
  const tvs = useTv()

  it('text size: Left/Right choose at once, the preview follows, and the choice survives a restart', async () => {
    const tv = await tvs.open({ hash: 'settings' })
    await tv.waitForFocus('text-size-m')
    const medium = await tv.rect('settings-preview')
    await tv.press('Right')
    expect(await tv.focusedId()).toBe('text-size-l')
    await tv.nextFrame()
    const large = await tv.rect('settings-preview')
    expect(large.h).toBeGreaterThan(medium.h)
    await tv.screenshot('settings-text-size-large')
    await tv.press('Left', 2)
    expect(await tv.focusedId()).toBe('text-size-s')
    await tv.press('Left')
    expect(await tv.focusedId()).toBe('text-size-s')
    await tv.press('Right')
    await reload(tv, 'settings')
    expect(await tv.focusedId()).toBe('text-size-m')
    await tv.press('Right')
    await reload(tv, 'settings')
    expect(await tv.focusedId()).toBe('text-size-l')
  })

  // Home, Settings, Home again and a reload in one test: it gets twice the usual time on a loaded machine.
  it('hiding and moving sections changes Home at once and persists', async () => {
    const tv = await tvs.open()
    await tv.waitForFocus(HOME_FOCUS)
    expect(await homeSections(tv)).toEqual(['top', 'world', 'business', 'technology', 'culture'])
    await tv.press('M')
    await tv.waitForFocus('text-size-m')
    await tv.press('Down')
    expect(await tv.focusedId()).toBe('section-top')
    expect(await tv.text('section-top')).toContain('Shown')
    await tv.press('Enter')
    expect(await tv.text('section-top')).toContain('Hidden')
    // Business two places up: focus rides along on its ↑.
    await tv.press('Down', 2)
    expect(await tv.focusedId()).toBe('section-business')
    await tv.press('Right')
    expect(await tv.focusedId()).toBe('section-business-up')
    await tv.press('Enter', 2)
    expect(await tv.focusedId()).toBe('section-business-up')
    await tv.page.waitForTimeout(400)
    const business = await tv.rect('section-business')
    const top = await tv.rect('section-top')
    expect(business.y).toBeLessThan(top.y)
    await tv.screenshot('settings-sections-changed')

    await tv.press('Backspace')
    await tv.waitForFocus(HOME_FOCUS)
    expect(await homeSections(tv)).toEqual(['business', 'world', 'technology', 'culture'])
    await reload(tv, 'home')
    expect(await homeSections(tv)).toEqual(['business', 'world', 'technology', 'culture'])
  }, 120_000)

  it('refuses to hide the last section shown on Home, and says why', async () => {
    const tv = await tvs.open({
      hash: 'settings',
      settings: { appSettings: { sections: [{ id: 'only', title: 'Only', url: './feeds/only.xml' }] } },
    })
    await tv.waitForFocus('text-size-m')
    await tv.press('Down')
    await tv.press('Enter')
    expect(await tv.text('section-only')).toContain('Shown')
    expect(await tv.text('settings-hint')).toMatch(/at least one section/)
  })

  it('reset cached data clears stored copies but keeps the viewer’s choices', async () => {
    const tv = await tvs.open({ hash: 'settings' })
    await tv.waitForFocus('text-size-m')
    await tv.press('Right')
    await tv.page.evaluate(() => {
      localStorage.setItem('com.lightwire.news.feed-cache-top', JSON.stringify({ stale: true }))
      localStorage.setItem('someone-else', 'keep')
    })
    // From Large, Right leads to the Reset button.
    await tv.press('Right')
    expect(await tv.focusedId()).toBe('settings-reset-cache')
    await tv.press('Enter')
    expect(await tv.text('settings-reset-status')).toMatch(/^Cleared/)
    const stored = await tv.page.evaluate(() => ({
      cache: localStorage.getItem('com.lightwire.news.feed-cache-top'),
      other: localStorage.getItem('someone-else'),
    }))
    expect(stored).toEqual({ cache: null, other: 'keep' })
    await tv.screenshot('settings-reset')
    await reload(tv, 'settings')
    expect(await tv.focusedId()).toBe('text-size-l')
    // Left from Reset returns to where focus came from.
    await tv.press('Right')
    await tv.press('Left')
    expect(await tv.focusedId()).toBe('text-size-l')
  })

  it('shows version, platform and feed sources in About', async () => {
    const tv = await tvs.open({ hash: 'settings' })
    await tv.waitForFocus('text-size-m')
    const about = await tv.text('settings-about')
    expect(about).toContain('Lightwire 0.1.0')
    expect(about).toContain('Desktop browser')
    expect(about).toMatch(/Top Stories · bundled with the app/)
    expect(about).toMatch(/Feeds (not updated yet|updated)/)
  })

  it('a long list of sections scrolls, keeping the focused one wholly inside the safe area', async () => {
    const sections = Array.from({ length: 12 }, (_, i) => ({
      id: `s${i}`,
      title: `Section ${i}`,
      // A real bundled feed: the news store fetches every section, and a 404 is a console error.
      url: './static/feeds/top.xml',
    }))
    const tv = await tvs.open({ hash: 'settings', settings: { appSettings: { sections } } })
    await tv.waitForFocus('text-size-m')
    await tv.press('Down')
    for (let i = 1; i < 12; i++) {
      await tv.press('Down')
      expect(await tv.focusedIds()).toEqual([`section-s${i}`])
    }
    await tv.page.waitForTimeout(400)
    const rect = await tv.focusedRect()
    expect(rect.y).toBeGreaterThanOrEqual(53)
    expect(rect.y + rect.h).toBeLessThanOrEqual(1023)
    await tv.screenshot('settings-long-list')
    // And back up to the text size with Up.
    await tv.press('Up', 12)
    expect(await tv.focusedId()).toBe('text-size-m')
    expect(tv.errors).toEqual([])
  })

  it('lays out in 1920×1080 coordinates on a 720p screen too', async () => {
    const tv = await tvs.open({ hash: 'settings', viewport: { width: 1280, height: 720 } })
    await tv.waitForFocus('text-size-m')
    const rect = await tv.focusedRect()
    expect(rect.x).toBeGreaterThanOrEqual(96)
    expect(rect.y).toBeGreaterThanOrEqual(53)
    await tv.screenshot('settings-720p')
  })
})
