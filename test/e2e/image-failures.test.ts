/**
 * Images that fail are not asked for again and again (issue 18): with every image of a row answering 404,
 * scrolling along the row and back (tiles leave the window and are made again) requests each URL once.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import type { Route } from '../../server/appServer'
import { useTv } from './harness/suite'

const STORIES = 12

function brokenImagesFeed(): { route: Route; hits: Map<string, number> } {
  const hits = new Map<string, number>()
  const items = Array.from(
    { length: STORIES },
    (_, i) => `<item><title>Story ${i + 1} with a broken picture</title><guid>broken-${i}</guid>
      <pubDate>${new Date(Date.UTC(2026, 10, 25, 12) - i * 60_000).toUTCString()}</pubDate>
      <description>Text.</description><enclosure url="/broken/${i}.png" type="image/png" length="0"/></item>`,
  )
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title>${items.join('')}</channel></rss>`
  const route: Route = (_req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (url.pathname === '/broken-feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.end(feed)
      return true
    }
    if (url.pathname.startsWith('/broken/')) {
      hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1)
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('gone')
      return true
    }
    return false
  }
  return { route, hits }
}

describe('images that fail to load', () => {
  const tvs = useTv()

  it('are requested once a session, however often their tiles come back into view', async () => {
    const { route, hits } = brokenImagesFeed()
    const tv = await tvs.open({
      settings: { appSettings: { sections: [{ id: 'broken', title: 'Broken', url: './broken-feed.xml' }] } },
      routes: [route],
    })
    await tv.waitForFocus('hero')
    await tv.press('Down')
    await tv.waitForFocus('tile-broken-0')
    for (const key of ['Right', 'Left'] as const) {
      for (let i = 0; i < STORIES - 1; i++) {
        await tv.press(key)
        await tv.page.waitForTimeout(120)
      }
    }
    await tv.waitForFocus('tile-broken-0')
    await tv.page.waitForTimeout(500)
    expect(hits.size).toBeGreaterThanOrEqual(STORIES - 1)
    expect([...hits.entries()].filter(([, count]) => count > 1)).toEqual([])
    await tv.screenshot('images-broken-row')
  })
})
