import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, startAppServer } from '../../../server/appServer'
import { feedProxy, feedProxyPlugin } from '../../../server/proxy'
import { createFeedHttp } from '../../../src/data/http'
import { loadFeed } from '../../../src/data/loadFeed'
import { serve, startTestServer, type TestServer } from '../data/helpers'

describe('feed proxy', () => {
  let upstream: TestServer
  let app: AppServer
  beforeAll(async () => {
    upstream = await startTestServer()
    app = await startAppServer({
      root: import.meta.dirname,
      routes: [feedProxy({ maxBytes: 10_000, timeoutMs: 500 })],
    })
  })
  afterAll(async () => {
    await app.close()
    await upstream.close()
  })
  const via = (target: string) => `${app.url}proxy?url=${encodeURIComponent(target)}`

  it('passes the feed through with its type and validators, on the app origin', async () => {
    upstream.route('/rss.xml', serve('<rss version="2.0"/>', 'application/rss+xml; charset=utf-8', '"e1"'))
    const response = await fetch(via(`${upstream.url}/rss.xml`))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(response.headers.get('etag')).toBe('"e1"')
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect(await response.text()).toBe('<rss version="2.0"/>')
  })

  it('forwards conditional requests and passes 304 back', async () => {
    upstream.route('/cond.xml', serve('<rss/>', 'application/xml', '"e2"'))
    const response = await fetch(via(`${upstream.url}/cond.xml`), { headers: { 'if-none-match': '"e2"' } })
    expect(response.status).toBe(304)
  })

  it('passes upstream errors through and explains its own', async () => {
    expect((await fetch(via(`${upstream.url}/nope.xml`))).status).toBe(404)
    const missing = await fetch(`${app.url}proxy`)
    expect(missing.status).toBe(400)
    expect(await missing.text()).toMatch(/\?url=/)
    for (const target of ['file:///etc/passwd', 'javascript:alert(1)', 'ftp://example.org/feed']) {
      expect((await fetch(via(target))).status).toBe(400)
    }
    expect((await fetch(via(`${upstream.url}/x`), { method: 'POST' })).status).toBe(405)
  })

  it('answers 502 when the feed host is down, 504 when it hangs, 413 when the feed is too big', async () => {
    const gone = await startTestServer()
    const goneUrl = `${gone.url}/feed.xml`
    await gone.close()
    expect((await fetch(via(goneUrl))).status).toBe(502)
    upstream.route('/hang.xml', () => undefined)
    expect((await fetch(via(`${upstream.url}/hang.xml`))).status).toBe(504)
    upstream.route('/big.xml', serve('x'.repeat(20_000)))
    upstream.route('/big-chunked.xml', (_req, res) => {
      res.writeHead(200)
      for (let i = 0; i < 4; i++) res.write('y'.repeat(5_000))
      res.end()
    })
    expect((await fetch(via(`${upstream.url}/big.xml`))).status).toBe(413)
    expect((await fetch(via(`${upstream.url}/big-chunked.xml`))).status).toBe(413)
  })

  it('lets the app read a feed whose host sends no CORS headers, end to end', async () => {
    upstream.route(
      '/news.xml',
      serve(
        '<rss version="2.0"><channel><item><title>Via proxy</title><description>&lt;img src="pic.jpg" width="800"&gt;</description></item></channel></rss>',
      ),
    )
    const http = createFeedHttp({ proxyUrl: `${app.url}proxy`, retries: 0 })
    const result = await loadFeed(http, {
      sectionId: 'p',
      sectionTitle: 'Proxied',
      url: `${upstream.url}/news.xml`,
    })
    expect(result).toMatchObject({
      kind: 'stories',
      // Relative image URLs resolve against the feed's own address, not the proxy's.
      stories: [{ title: 'Via proxy', image: { url: `${upstream.url}/pic.jpg` } }],
    })
  })

  it('is mounted in Vite dev and preview servers by the plugin', async () => {
    upstream.route('/dev.xml', serve('<rss/>'))
    type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void
    const used: Middleware[] = []
    const fakeServer = { middlewares: { use: (fn: Middleware) => used.push(fn) } }
    const plugin = feedProxyPlugin()
    const configure = plugin.configureServer as unknown as (server: typeof fakeServer) => void
    const configurePreview = plugin.configurePreviewServer as unknown as (server: typeof fakeServer) => void
    configure(fakeServer)
    configurePreview(fakeServer)
    expect(used).toHaveLength(2)
    const dev = createServer((req, res) => used[0]?.(req, res, () => res.writeHead(404).end('next')))
    await new Promise<void>((resolve) => dev.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(dev.address() as AddressInfo).port}`
    try {
      expect(
        await (await fetch(`${base}/proxy?url=${encodeURIComponent(`${upstream.url}/dev.xml`)}`)).text(),
      ).toBe('<rss/>')
      expect(await (await fetch(`${base}/other`)).text()).toBe('next')
    } finally {
      dev.closeAllConnections()
      await new Promise((resolve) => dev.close(resolve))
    }
  })
})
