import { describe, expect, it } from 'vitest'
import { HOME_ROW_FOCUS, HOME_START, isVisible } from './harness/screens'
import { useTv } from './harness/suite'

describe('boot and first screen', () => {
  const tvs = useTv()

  it('starts on Home with the brand, a clock and one focused element', async () => {
    const tv = await tvs.open()
    expect(await tv.exists('home')).toBe(true)
    expect(await tv.text('home')).toContain('Lightwire')
    expect(await tv.text('home')).toMatch(/\d{1,2}:\d{2}/)
    expect(await tv.focusedIds()).toHaveLength(1)
    await tv.screenshot('boot-home-1080p')
    expect(tv.errors).toEqual([])
  })

  it('moves focus with the arrow keys', async () => {
    const tv = await tvs.open()
    await tv.waitForFocus(HOME_START)
    // Down past the leading rows to the first row of story tiles.
    while (!HOME_ROW_FOCUS.test((await tv.focusedId()) ?? '')) await tv.press('Down')
    const first = await tv.focusedId()
    await tv.press('Right')
    const second = await tv.focusedId()
    expect(second).not.toBe(first)
    await tv.press('Left')
    expect(await tv.focusedId()).toBe(first)
  })

  it('opens a screen with Enter and comes back to the same element with Back', async () => {
    const tv = await tvs.open()
    await tv.waitForFocus(HOME_START)
    await tv.press('Up')
    const before = await tv.focusedId()
    await tv.press('Enter')
    await tv.waitForFocus(/^text-size-/)
    await tv.press('Backspace')
    await tv.waitForFocus(before)
  })

  it('asks before leaving when Back is pressed on Home, staying by default', async () => {
    const tv = await tvs.open()
    await tv.press('Escape')
    await tv.waitForFocus('exit-no')
    expect(await tv.text('exit-yes')).toBe('Exit')
    await tv.press('Right')
    expect(await tv.focusedId()).toBe('exit-yes')
    await tv.press('Backspace')
    await tv.waitForFocus(HOME_START)
  })

  it('scales to a 720p screen', async () => {
    const tv = await tvs.open({ viewport: { width: 1280, height: 720 } })
    await tv.waitForFocus(HOME_START)
    const stage = await tv.page.evaluate(() => {
      const canvas = document.querySelector('canvas')
      return { w: canvas?.width, h: canvas?.height }
    })
    expect(stage).toEqual({ w: 1280, h: 720 })
    const rect = await tv.focusedRect()
    // Layout stays in 1920×1080 coordinates: the focused element sits where it does at 1080p.
    expect(rect.x).toBeGreaterThan(96)
    expect(rect.x + rect.w).toBeLessThan(1822)
    await tv.screenshot('boot-home-720p')
  })

  it('cold-starts an unknown route on a friendly not-found screen with a way home', async () => {
    const tv = await tvs.open({ hash: 'no/such/page' })
    await tv.waitForFocus('not-found-home')
    expect(await tv.text('not-found')).toContain('We couldn’t find that page')
    await tv.screenshot('not-found')
    await tv.press('Enter')
    await tv.waitForFocus(HOME_START)
  })

  it('says so, with a way home, when a page’s code cannot be loaded (pages load on first visit)', async () => {
    const tv = await tvs.open({
      hash: 'settings',
      onPage: (page) => void page.route(/\/assets\/SettingsPage-[\w-]+\.js$/, (route) => route.abort()),
    })
    await tv.waitForFocus('page-unavailable-home')
    expect(await tv.focusedIds()).toHaveLength(1)
    await tv.press('Enter')
    await tv.waitForFocus(HOME_START)
  })

  it('asks the network for each feed once on a cold start (preloaded, then taken over by the client)', async () => {
    const feeds: string[] = []
    const tv = await tvs.open({
      onPage: (page) =>
        page.on('request', (request) => {
          const path = new URL(request.url()).pathname
          if (path.startsWith('/static/feeds/')) feeds.push(path)
        }),
    })
    await tv.waitFor('hero')
    // Every row has its stories: the client took each preloaded answer (a second request would show here).
    await tv.page.waitForTimeout(1000)
    expect(feeds.length).toBeGreaterThan(1)
    expect(new Set(feeds).size).toBe(feeds.length)
    expect(await isVisible(tv, 'retry')).toBe(false)
    expect(tv.errors).toEqual([])
  })
})
