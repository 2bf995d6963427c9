import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFeedHttp } from '../../../src/data/http'
import { english } from '../../../src/i18n/english'
import { feedErrorText } from '../../../src/ui/feedErrorText'
import { serve, startTestServer, type TestServer } from './helpers'

/** The feed HTTP client against a real server on 127.0.0.1: no mocks between axios and the socket. */
describe('createFeedHttp', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.close())
  const fast = { backoffMs: 1, retries: 2 }
  const hits = (path: string) => server.requests.filter((request) => request.path.startsWith(path)).length

  it('returns the bytes, content type and validators, asking for feed types', async () => {
    server.route('/ok.xml', (_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/rss+xml',
        etag: '"v1"',
        'last-modified': 'Wed, 25 Nov 2026 10:00:00 GMT',
      })
      res.end('<rss/>')
    })
    const response = await createFeedHttp(fast).get({ url: `${server.url}/ok.xml` })
    expect(response).toMatchObject({
      kind: 'ok',
      contentType: 'application/rss+xml',
      etag: '"v1"',
      lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT',
      finalUrl: `${server.url}/ok.xml`,
    })
    if (response.kind === 'ok') expect(Buffer.from(response.bytes).toString()).toBe('<rss/>')
    const request = server.requests.find((entry) => entry.path === '/ok.xml')
    expect(request?.headers.accept).toMatch(/application\/rss\+xml/)
  })

  it('sends If-None-Match / If-Modified-Since and reports 304 as not-modified', async () => {
    server.route('/etag.xml', serve('<rss/>', 'application/xml', '"abc"'))
    const http = createFeedHttp(fast)
    expect(await http.get({ url: `${server.url}/etag.xml`, etag: '"abc"' })).toEqual({ kind: 'not-modified' })
    expect((await http.get({ url: `${server.url}/etag.xml`, etag: '"old"' })).kind).toBe('ok')
    server.route('/since.xml', (req, res) => {
      if (req.headers['if-modified-since'] === 'Wed, 25 Nov 2026 10:00:00 GMT') res.writeHead(304).end()
      else res.writeHead(200).end('<rss/>')
    })
    expect(
      await http.get({ url: `${server.url}/since.xml`, lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT' }),
    ).toEqual({
      kind: 'not-modified',
    })
  })

  it('leaves cross-origin revalidation to the browser cache (no CORS preflight for conditional headers)', async () => {
    server.route('/cross.xml', serve('<rss/>', 'application/xml', '"abc"'))
    const http = createFeedHttp({ ...fast, pageOrigin: 'http://tv.example' })
    expect((await http.get({ url: `${server.url}/cross.xml`, etag: '"abc"' })).kind).toBe('ok')
    const request = server.requests.filter((entry) => entry.path === '/cross.xml').at(-1)
    expect(request?.headers['if-none-match']).toBeUndefined()
  })

  it('retries 5xx with back-off and succeeds when the server recovers', async () => {
    let calls = 0
    server.route('/flaky.xml', (_req, res) => {
      calls++
      if (calls < 3) res.writeHead(503).end('busy')
      else res.writeHead(200, { 'content-type': 'application/xml' }).end('<rss/>')
    })
    expect((await createFeedHttp(fast).get({ url: `${server.url}/flaky.xml` })).kind).toBe('ok')
    expect(calls).toBe(3)
  })

  it('gives up after the retries with an HTTP error a viewer can read', async () => {
    server.route('/down.xml', (_req, res) => {
      res.writeHead(502).end()
    })
    const response = await createFeedHttp(fast).get({ url: `${server.url}/down.xml`, name: 'World' })
    expect(response).toEqual({
      kind: 'error',
      error: { kind: 'http', status: 502, feed: 'World' },
    })
    expect(hits('/down.xml')).toBe(3)
  })

  it('does not retry a 404', async () => {
    const response = await createFeedHttp(fast).get({ url: `${server.url}/missing.xml`, name: 'World' })
    expect(response).toMatchObject({
      kind: 'error',
      error: { kind: 'http', status: 404, feed: 'World' },
    })
    expect(hits('/missing.xml')).toBe(1)
  })

  it('reports a refused connection as a network error', async () => {
    const closed = await startTestServer()
    const url = `${closed.url}/feed.xml`
    await closed.close()
    expect(await createFeedHttp(fast).get({ url, name: 'World' })).toEqual({
      kind: 'error',
      error: { kind: 'network', feed: 'World' },
    })
  })

  it('gives up on a server that never answers (timeout), without retrying', async () => {
    server.route('/hang.xml', () => undefined)
    const response = await createFeedHttp({ ...fast, timeoutMs: 300 }).get({
      url: `${server.url}/hang.xml`,
      name: 'World',
    })
    expect(response).toEqual({
      kind: 'error',
      error: { kind: 'timeout', feed: 'World' },
    })
    expect(hits('/hang.xml')).toBe(1)
  })

  it('refuses a body over the size cap, declared or streamed', async () => {
    const big = 'x'.repeat(50_000)
    server.route('/big-declared.xml', serve(big))
    server.route('/big-chunked.xml', async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' })
      for (let i = 0; i < 10; i++) res.write('y'.repeat(5_000))
      res.end()
    })
    const http = createFeedHttp({ ...fast, maxBytes: 10_000 })
    for (const path of ['/big-declared.xml', '/big-chunked.xml']) {
      const response = await http.get({ url: `${server.url}${path}`, name: 'World' })
      expect(response).toMatchObject({ kind: 'error', error: { kind: 'too-large' } })
      if (response.kind === 'error')
        expect(feedErrorText(response.error, english)).toMatch(/^The World feed is too large to show/)
    }
  })

  it('goes through the proxy for remote feeds when one is configured', async () => {
    server.route('/proxy', (req, res) => {
      const target = new URL(req.url ?? '', 'http://x').searchParams.get('url')
      res.writeHead(200, { 'content-type': 'application/xml' }).end(`<proxied for="${target}"/>`)
    })
    const http = createFeedHttp({ ...fast, proxyUrl: `${server.url}/proxy` })
    const response = await http.get({ url: 'https://news.example.org/rss.xml' })
    expect(response.kind).toBe('ok')
    if (response.kind === 'ok') {
      expect(Buffer.from(response.bytes).toString()).toBe('<proxied for="https://news.example.org/rss.xml"/>')
      // Relative URLs in the feed resolve against the feed, not the proxy.
      expect(response.finalUrl).toBe('https://news.example.org/rss.xml')
    }
  })

  it('follows redirects and reports where the feed really came from', async () => {
    server.route('/old.xml', (_req, res) => {
      res.writeHead(301, { location: '/new/feed.xml' }).end()
    })
    server.route('/new/feed.xml', serve('<rss/>'))
    expect(await createFeedHttp(fast).get({ url: `${server.url}/old.xml` })).toMatchObject({
      kind: 'ok',
      finalUrl: `${server.url}/new/feed.xml`,
    })
  })

  it('refuses non-http schemes without making a request', async () => {
    const before = server.requests.length
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/xml,<rss/>',
      '//evil.example/x',
    ]) {
      expect(await createFeedHttp(fast).get({ url })).toMatchObject({
        kind: 'error',
        error: { kind: 'blocked-url' },
      })
    }
    expect(server.requests.length).toBe(before)
  })
})
