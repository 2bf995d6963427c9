/**
 * The emulator with the real Home, Story and feed engine: Back on Tizen leaves a story, the offline switch
 * leaves the app with its cached stories, and "load my feed" adds a section read through the same-origin
 * proxy from a host that sends no CORS headers, for the emulator's app only.
 */

import { describe, expect, it } from 'vitest'
import { type AppServer, startAppServer } from '../../server/appServer'
import type { Section } from '../../src/data/model'
import { defined } from '../defined'
import { type Emulator, useEmulator } from './harness/emulator'
import { HOME_FOCUS } from './harness/screens'

/** The store's cache in the app's Storage (test/e2e/feeds.test.ts reads it the same way). */
const CACHE = 'com.lightwire.news.lightwire.news.v1'

async function cachedSection(emu: Emulator, id: string): Promise<Section> {
  const frame = emu.tv()
  await frame.waitForFunction(
    ([key, wanted]) => {
      const raw = localStorage.getItem(key as string)
      const sections = raw
        ? (JSON.parse(raw) as { sections: Array<{ id: string; stories: unknown[] }> }).sections
        : []
      return sections.some((section) => section.id === wanted && section.stories.length > 0)
    },
    [CACHE, id],
    { timeout: 20_000 },
  )
  const raw = await frame.evaluate((key) => localStorage.getItem(key), CACHE)
  const sections = (JSON.parse(raw ?? '{}') as { sections: Section[] }).sections
  return defined(
    sections.find((section) => section.id === id),
    `cached section ${id}`,
  )
}

/** An RSS feed written for this test. */
const MY_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Operator test wire</title><link>https://wire.example.com/</link>
<description>Made up for the emulator test.</description>
<item><title>Night ferry timetable gains a third crossing</title><link>https://wire.example.com/ferry</link>
<guid>wire-ferry</guid><pubDate>Wed, 25 Nov 2026 08:00:00 GMT</pubDate>
<description>The harbour authority adds a late sailing from next month.</description></item>
<item><title>Allotment society opens waiting list again</title><link>https://wire.example.com/allotments</link>
<guid>wire-allotments</guid><pubDate>Wed, 25 Nov 2026 07:00:00 GMT</pubDate>
<description>Forty plots come free after the autumn survey.</description></item>
</channel></rss>`

/** Another origin, and no CORS headers: only a proxy can read it for the app. */
function wireServer(): Promise<AppServer> {
  return startAppServer({
    root: '/nonexistent',
    routes: [
      (_req, res, url) => {
        if (url.pathname !== '/wire.xml') return false
        res.writeHead(200, { 'content-type': 'application/rss+xml' })
        res.end(MY_FEED)
        return true
      },
    ],
  })
}

// Each step drives a whole app in a scaled iframe: generous time on a loaded 2-core machine.
describe('browser TV emulator: stories, offline and my feed', { timeout: 120_000 }, () => {
  const emulators = useEmulator()

  it('selecting Tizen then clicking Back delivers 10009 and returns from a story', async () => {
    const emu = await emulators.open()
    await emu.select('platform', 'tizen')
    const tile = await emu.focusTile()
    await emu.click('ok')
    await emu.waitForFocus('story')
    expect(await emu.screen()).toMatch(/^story\//)
    await emu.recordKeys()
    const back = await emu.click('back')
    expect(await emu.recordedKeys()).toEqual(['keydown:10009', 'keyup:10009'])
    await emu.waitForFocus(tile)
    expect(await emu.screen()).toBe('home')
    expect(back).toMatchObject({ button: 'back', code: '10009' })
    await emu.screenshot('emulator-tizen-home')
    expect(emu.errors).toEqual([])
  })

  it('offline shows cached stories; with the cache cleared too there are none', async () => {
    const emu = await emulators.open()
    const tile = await emu.focusTile('top-')
    const online = await emu.text(tile)
    expect(online.length).toBeGreaterThan(10)
    await cachedSection(emu, 'top')

    await emu.setOffline(true)
    await emu.restarting(() => emu.page.click('[data-action="reload"]'))
    const again = await emu.focusTile('top-')
    expect(await emu.text(again)).toBe(online)
    expect(emu.state.dropped).toBeGreaterThan(0)
    await emu.screenshot('emulator-offline-cached')

    // Without its cache the same app has nothing to show: the stories above came from the cache.
    await emu.restarting(() => emu.page.click('[data-action="reload-cleared"]'))
    expect(await emu.page.textContent('output[name="network-status"]')).toMatch(/^Cleared [1-9]\d* cached/)
    await emu.tv().waitForSelector('[data-testid="error"], [data-testid="retry"]', { state: 'attached' })
    expect(await emu.tv().$('[data-testid^="tile-top-"]')).toBeNull()

    await emu.setOffline(false)
  })

  it('loads my feed from a host without CORS as an extra section, through the same-origin proxy', async () => {
    const upstream = await wireServer()
    try {
      const emu = await emulators.open()
      await emu.waitForFocus(HOME_FOCUS)
      await emu.page.fill('input[name="feed-url"]', `${upstream.url}wire.xml`)
      await emu.page.fill('input[name="feed-title"]', 'Test wire')
      await emu.restarting(() => emu.page.click('[data-action="load-feed"]'))
      expect(await emu.page.textContent('output[name="network-status"]')).toMatch(
        /^Through the proxy: HTTP 200, application\/rss\+xml, 757 bytes$/,
      )
      const mine = await cachedSection(emu, 'my-feed')
      expect(mine.title).toBe('Test wire')
      expect(mine.stories.map((story) => story.title)).toEqual([
        'Night ferry timetable gains a third crossing',
        'Allotment society opens waiting list again',
      ])
      // Home shows it as its last row, tiles named after the typed title.
      const tile = await emu.focusTile('my-feed-')
      expect(await emu.text(tile)).toContain('Night ferry timetable gains a third crossing')
      expect(await emu.text(tile)).toContain('Test wire')
      await emu.screenshot('emulator-my-feed')
      // The app's own address is untouched: its settings.json has no extra section.
      const plain = (await (await fetch(`${emu.server.url}settings.json`)).json()) as {
        appSettings: { sections: Array<{ id: string }> }
      }
      expect(plain.appSettings.sections.map((section) => section.id)).not.toContain('my-feed')

      await emu.restarting(() => emu.page.click('[data-action="remove-feed"]'))
      expect(await emu.tv().evaluate(() => window.location.pathname)).toBe('/emulator/tv/')
      const sections = await emu.tv().evaluate(async () => {
        const settings = (await (await fetch('./settings.json')).json()) as {
          appSettings: { sections: Array<{ id: string }> }
        }
        return settings.appSettings.sections.map((section) => section.id)
      })
      expect(sections).not.toContain('my-feed')
      expect(await emu.page.inputValue('input[name="feed-url"]')).toBe('')
      expect(emu.errors).toEqual([])
    } finally {
      await upstream.close()
    }
  })

  it('says so when a pasted address is not a feed URL, and keeps the app as it is', async () => {
    const emu = await emulators.open()
    await emu.waitForFocus(HOME_FOCUS)
    await emu.page.fill('input[name="feed-url"]', 'javascript:alert(1)')
    await emu.page.click('[data-action="load-feed"]')
    await emu.page.waitForFunction(() =>
      /^Only http\(s\) feeds/.test(
        document.querySelector('output[name="network-status"]')?.textContent ?? '',
      ),
    )
    expect(await emu.page.$$eval('iframe[name="tv"]', (frames) => frames.length)).toBe(1)
    expect(await emu.tv().evaluate(() => window.location.pathname)).toBe('/emulator/tv/')
  })
})
