/**
 * The deployable feed proxy against real HTTP servers on 127.0.0.1. Names are resolved by an injected
 * resolver (feeds.test → 127.0.0.1, private.test → 10.0.0.7, anything else by the system: localhost) so the
 * DNS step is exercised without a network. Loopback is what every test server listens on, so the "named host is served" cases use a proxy
 * with `allowLoopbackForTests` (only loopback, and only in tests); the refusals of loopback itself use one
 * without it.
 */
import { promises as dns, type LookupAddress } from 'node:dns'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, startAppServer } from '../../../server/appServer'
import { policyFromSettings, productionFeedProxy } from '../../../server/productionProxy'
import { serve, startTestServer, type TestServer } from '../data/helpers'

const NAMES: Record<string, string> = { 'feeds.test': '127.0.0.1', 'private.test': '10.0.0.7' }
/** The test names, else the machine's own resolver (for `localhost`). */
const resolveTestNames = async (hostname: string): Promise<LookupAddress[]> => {
  const address = NAMES[hostname]
  return address ? [{ address, family: 4 }] : dns.lookup(hostname, { all: true })
}

describe('production feed proxy', () => {
  let upstream: TestServer
  let trusting: AppServer
  let strict: AppServer
  let port: string
  beforeAll(async () => {
    upstream = await startTestServer()
    port = new URL(upstream.url).port
    const common = {
      allowedHosts: new Set(['feeds.test', 'private.test', '169.254.169.254', '127.0.0.1', 'localhost']),
      refreshSeconds: 600,
      maxBytes: 10_000,
      timeoutMs: 500,
    }
    trusting = await startAppServer({
      root: import.meta.dirname,
      routes: [productionFeedProxy({ ...common, resolve: resolveTestNames, allowLoopbackForTests: true })],
    })
    strict = await startAppServer({
      root: import.meta.dirname,
      routes: [productionFeedProxy({ ...common, resolve: resolveTestNames })],
    })
  })
  afterAll(async () => {
    await Promise.all([trusting.close(), strict.close(), upstream.close()])
  })
  const via = (proxy: AppServer, target: string, init?: RequestInit) =>
    fetch(`${proxy.url}proxy?url=${encodeURIComponent(target)}`, init)
  const named = (path: string) => `http://feeds.test:${port}${path}`

  it('serves a named host with its validators, CORS and cache headers for a CDN', async () => {
    upstream.route('/rss.xml', (_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/rss+xml',
        etag: '"v1"',
        'last-modified': 'Wed, 02 Dec 2026 10:00:00 GMT',
        'set-cookie': 'tracking=1',
      })
      res.end('<rss version="2.0"/>')
    })
    const response = await via(trusting, named('/rss.xml'))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<rss version="2.0"/>')
    expect(response.headers.get('content-type')).toBe('application/rss+xml')
    expect(response.headers.get('etag')).toBe('"v1"')
    expect(response.headers.get('last-modified')).toBe('Wed, 02 Dec 2026 10:00:00 GMT')
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=600, stale-while-revalidate=600, stale-if-error=86400',
    )
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-expose-headers')).toBe('ETag, Last-Modified')
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  it('answers 304 to a conditional request, whether or not the publisher does', async () => {
    upstream.route('/cond.xml', serve('<rss/>', 'application/xml', '"c1"'))
    const passed = await via(trusting, named('/cond.xml'), { headers: { 'if-none-match': '"c1"' } })
    expect(passed.status).toBe(304)
    expect(passed.headers.get('etag')).toBe('"c1"')
    expect(passed.headers.get('cache-control')).toMatch(/^public, max-age=600/)
    // A publisher that ignores conditional requests: the proxy compares the validators itself.
    upstream.route('/always.xml', (_req, res) => {
      res.writeHead(200, { etag: 'W/"a1"', 'last-modified': 'Wed, 02 Dec 2026 10:00:00 GMT' }).end('<rss/>')
    })
    expect((await via(trusting, named('/always.xml'), { headers: { 'if-none-match': '"a1"' } })).status).toBe(
      304,
    )
    const since = { 'if-modified-since': 'Thu, 03 Dec 2026 10:00:00 GMT' }
    expect((await via(trusting, named('/always.xml'), { headers: since })).status).toBe(304)
    const older = { 'if-modified-since': 'Tue, 01 Dec 2026 10:00:00 GMT' }
    expect((await via(trusting, named('/always.xml'), { headers: older })).status).toBe(200)
    expect((await via(trusting, named('/always.xml'), { headers: { 'if-none-match': '"zz"' } })).status).toBe(
      200,
    )
  })

  it('follows a redirect to a named host', async () => {
    upstream.route('/moved.xml', (_req, res) => {
      res.writeHead(301, { location: '/rss.xml' }).end()
    })
    const response = await via(trusting, named('/moved.xml'))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<rss version="2.0"/>')
  })

  it('refuses a host settings.json does not name', async () => {
    const response = await via(trusting, `http://elsewhere.test:${port}/rss.xml`)
    expect(response.status).toBe(403)
    expect(await response.text()).toBe(
      `The feed host elsewhere.test:${port} is not one that settings.json names: refused.`,
    )
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('refuses loopback and private targets, by address and after DNS resolution', async () => {
    const cases: Array<[AppServer, string, RegExp]> = [
      [strict, `http://127.0.0.1:${port}/rss.xml`, /resolves to 127\.0\.0\.1, a loopback address/],
      [strict, named('/rss.xml'), /feeds\.test:\d+ resolves to 127\.0\.0\.1, a loopback address/],
      [trusting, `http://private.test:${port}/rss.xml`, /resolves to 10\.0\.0\.7, a private address/],
      [trusting, 'http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254, a link-local address/],
      [
        strict,
        `http://localhost:${port}/rss.xml`,
        /localhost:\d+ resolves to (127\.0\.0\.1|::1), a loopback address/,
      ],
    ]
    const before = upstream.requests.length
    for (const [proxy, target, message] of cases) {
      const response = await via(proxy, target)
      expect(response.status, target).toBe(403)
      expect(await response.text()).toMatch(message)
    }
    // Refused before connecting: the feed server never saw a request.
    expect(upstream.requests.length).toBe(before)
  })

  it('refuses a redirect to a private, link-local or unnamed target, without connecting to it', async () => {
    const redirects: Array<[string, RegExp]> = [
      [`http://private.test:${port}/x`, /10\.0\.0\.7, a private address/],
      ['http://169.254.169.254/latest/meta-data/', /link-local address/],
      [`http://elsewhere.test:${port}/x`, /not one that settings\.json names/],
      ['file:///etc/passwd', /only fetches http\(s\)/],
    ]
    for (const [location, message] of redirects) {
      upstream.route('/hop.xml', (_req, res) => {
        res.writeHead(302, { location }).end()
      })
      const response = await via(trusting, named('/hop.xml'))
      expect(response.status, location).not.toBe(200)
      expect(await response.text()).toMatch(message)
    }
  })

  it('keeps the size cap and the deadline', async () => {
    upstream.route('/big.xml', serve('x'.repeat(20_000)))
    upstream.route('/big-chunked.xml', (_req, res) => {
      res.writeHead(200)
      for (let i = 0; i < 4; i++) res.write('y'.repeat(5_000))
      res.end()
    })
    upstream.route('/hang.xml', () => undefined)
    for (const path of ['/big.xml', '/big-chunked.xml']) {
      const response = await via(trusting, named(path))
      expect(response.status).toBe(413)
      expect(await response.text()).toMatch(/larger than 10000 bytes/)
    }
    expect((await via(trusting, named('/hang.xml'))).status).toBe(504)
  })

  it('answers the CORS preflight that a conditional request from another origin needs', async () => {
    const response = await fetch(`${trusting.url}proxy?url=x`, { method: 'OPTIONS' })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-headers')).toMatch(/If-None-Match/)
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD')
  })

  it('takes its hosts and cache lifetime from settings.json', () => {
    const policy = policyFromSettings({
      appSettings: {
        refreshMinutes: 5,
        sections: [
          { id: 'a', title: 'A', url: 'https://News.Example.org/rss.xml' },
          { id: 'b', title: 'B', url: 'http://feeds.example.net:8080/b.json' },
          { id: 'c', title: 'C', url: './static/feeds/top.xml' },
        ],
      },
    })
    expect([...policy.allowedHosts].sort()).toEqual(['feeds.example.net', 'news.example.org'])
    expect(policy.refreshSeconds).toBe(300)
  })
})
