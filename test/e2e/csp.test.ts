import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../build/csp'
import type { Route } from '../../server/appServer'
import { startTestServer, type TestServer } from '../unit/data/helpers'
import { ROOT } from './harness/globalSetup'
import { HOME_ROW_FOCUS } from './harness/screens'
import { foreignRequests, recordRequests, recordViolations, uncaught, violations } from './harness/security'
import { useTv } from './harness/suite'
import type { Tv } from './harness/tv'
import { waitForPlaying } from './harness/video'

/** Waits until the image inside `selector` has loaded (Lightning lifts it from alpha 0.001 to 1 on load). */
async function waitForImage(tv: Tv, selector: string): Promise<void> {
  await tv.page.waitForFunction(
    (css) => {
      const image = document.querySelector(css)
      return image !== null && image.getAttribute('alpha') === null
    },
    selector,
    { timeout: 20_000 },
  )
}

const tileImage = (tileId: string) => `[data-testid="${tileId}"] [ref="Image"] [ref="Image"]`

describe('Content-Security-Policy', () => {
  const tvs = useTv()

  it('is the built index.html’s policy, derived from settings.json', () => {
    const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8')
    const settings: unknown = JSON.parse(readFileSync(join(ROOT, 'settings.json'), 'utf8'))
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)
    expect(meta?.[1]).toBe(contentSecurityPolicy(settings))
    expect(meta?.[1]).toContain("script-src 'self' 'unsafe-eval';")
  })

  it('is in force: an injected inline script and a script from another origin are refused and reported', async () => {
    const other = await startTestServer()
    other.route('/evil.js', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end('window.__evil = "ran"')
    })
    try {
      const tv = await tvs.open({ initScript: recordViolations })
      const outcome = await tv.page.evaluate(async (src) => {
        const w = window as unknown as { __evil?: string; __violations: unknown[] }
        const inline = document.createElement('script')
        inline.textContent = 'window.__evil = "inline ran"'
        document.head.append(inline)
        const remote = document.createElement('script')
        remote.src = src
        const loaded = await new Promise<string>((resolve) => {
          remote.onload = () => resolve('loaded')
          remote.onerror = () => resolve('refused')
          document.head.append(remote)
        })
        // Reports are dispatched as tasks: give them a moment to land.
        for (let i = 0; i < 50 && w.__violations.length < 2; i++) await new Promise((r) => setTimeout(r, 20))
        return { evil: w.__evil ?? null, loaded }
      }, `${other.url}/evil.js`)
      expect(outcome).toEqual({ evil: null, loaded: 'refused' })
      expect(other.requests).toEqual([])
      const seen = await violations(tv)
      expect(seen).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' }),
          expect.objectContaining({ directive: 'script-src-elem', blocked: `${other.url}/evil.js` }),
        ]),
      )
    } finally {
      await other.close()
    }
  })

  it('raises no violation while booting, browsing, reading, in Settings and during live playback, and asks only its own origin', async () => {
    const requests: string[] = []
    const tv = await tvs.open({ initScript: recordViolations, onPage: recordRequests(requests) })
    // Boot: Home with the bundled feeds, then into the rows until a tile's image has loaded.
    await tv.waitForFocus(/^(live-tile|hero)$/)
    while (!HOME_ROW_FOCUS.test((await tv.focusedId()) ?? '')) await tv.press('Down')
    await tv.press('Right', 2)
    await waitForImage(tv, tileImage((await tv.focusedId()) ?? ''))
    await tv.press('Down')
    await tv.press('Right')
    // Reading: a story, a page turn, back.
    await tv.press('Enter')
    await tv.waitForFocus('story')
    await tv.press('PageDown')
    await tv.press('Backspace')
    await tv.waitForFocus(HOME_ROW_FOCUS)
    // Settings and back.
    await tv.press('M')
    await tv.waitFor('settings')
    await tv.press('Backspace')
    await tv.waitForFocus(HOME_ROW_FOCUS)
    // Live playback (hls.js: XHR playlists and segments, a MediaSource blob: URL).
    for (let i = 0; i < 8 && (await tv.focusedId()) !== 'live-tile'; i++) await tv.press('Up')
    expect(await tv.focusedId()).toBe('live-tile')
    await tv.press('Enter')
    await tv.waitForFocus('live')
    await waitForPlaying(tv)
    await tv.press('Backspace')
    await tv.waitForFocus('live-tile')

    // settings.json's feeds, images and live channel are all relative: everything comes from the app's origin
    // (feeds, fonts, images, playlists and segments, the MediaSource blob:).
    expect(requests.length).toBeGreaterThan(10)
    expect(foreignRequests(requests, tv.server.url)).toEqual([])
    expect(requests.some((url) => url.includes('/static/feeds/'))).toBe(true)
    expect(requests.some((url) => url.includes('/static/live/'))).toBe(true)
    expect(await violations(tv)).toEqual([])
    expect(await uncaught(tv)).toEqual([])
    expect(tv.errors).toEqual([])
  })
})

describe('story images from a CDN that is not a feed host', () => {
  const tvs = useTv()
  let cdn: TestServer
  const jpeg = readFileSync(join(ROOT, 'static/images/rail.jpg'))

  beforeAll(async () => {
    cdn = await startTestServer()
    cdn.route('/img/rail.jpg', (_req, res) => {
      // Like any image CDN that serves TV apps: CORS on, so WebGL may upload the picture.
      res.writeHead(200, { 'content-type': 'image/jpeg', 'access-control-allow-origin': '*' }).end(jpeg)
    })
  })
  afterAll(() => cdn.close())

  /** A same-origin feed (as settings.json's feeds are, through the build's CSP) whose images live on the CDN. */
  const feedRoute = (): Route => (_req, res, url) => {
    if (url.pathname !== '/cdn-feed.xml') return false
    const items = [1, 2, 3]
      .map(
        (n) => `<item><title>Story ${n} with its picture on a CDN</title><guid>cdn-${n}</guid>
          <description>Paragraph ${n}.</description>
          <media:content url="${cdn.url}/img/rail.jpg?n=${n}" medium="image" width="1280" height="720"/></item>`,
      )
      .join('')
    res.writeHead(200, { 'content-type': 'application/rss+xml' })
    res.end(
      `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>CDN</title>${items}</channel></rss>`,
    )
    return true
  }

  it('loads them under img-src, while connect-src still refuses the CDN', async () => {
    const tv = await tvs.open({
      initScript: recordViolations,
      routes: [feedRoute()],
      settings: { appSettings: { sections: [{ id: 'cdn', title: 'CDN', url: './cdn-feed.xml' }] } },
    })
    await tv.waitForFocus('hero')
    await tv.press('Down')
    expect(await tv.focusedId()).toBe('tile-cdn-0')
    await waitForImage(tv, tileImage('tile-cdn-1'))
    expect(cdn.requests.some((request) => request.path.startsWith('/img/rail.jpg'))).toBe(true)
    expect(await violations(tv)).toEqual([])

    // The recorder works, and the policy still keeps data requests to the feed hosts: a fetch to the CDN is
    // refused (this is what every story image was before images left the XHR image worker).
    await tv.page.evaluate((url) => fetch(url).catch(() => undefined), `${cdn.url}/img/rail.jpg`)
    await tv.page.waitForFunction(
      () => ((window as unknown as { __violations?: unknown[] }).__violations ?? []).length > 0,
    )
    expect(await violations(tv)).toEqual([
      expect.objectContaining({ directive: 'connect-src', blocked: `${cdn.url}/img/rail.jpg` }),
    ])
    await tv.screenshot('csp-cdn-images')
  })
})
