import { describe, expect, it } from 'vitest'
import { feedProxy } from '../../server/proxy'
import type { Section } from '../../src/data/model'
import { fixture, serve, startTestServer } from '../unit/data/helpers'
import { useTv } from './harness/suite'
import type { Tv } from './harness/tv'

/**
 * The feed engine inside the built app, in Chromium: XHR instead of node:http, the browser's TextDecoder,
 * the SDK Storage. Home does not draw stories yet, so the test reads what the store cached.
 */
const CACHE = 'com.lightwire.news.lightwire.news.v1'

async function cachedSections(tv: Tv, count: number): Promise<Section[]> {
  await tv.page.waitForFunction(
    ([key, wanted]) => {
      const raw = localStorage.getItem(key as string)
      return (
        raw !== null && (JSON.parse(raw) as { sections: unknown[] }).sections.length >= (wanted as number)
      )
    },
    [CACHE, count],
    { timeout: 20_000 },
  )
  const raw = await tv.page.evaluate((key) => localStorage.getItem(key), CACHE)
  return (JSON.parse(raw ?? '{}') as { sections: Section[] }).sections
}

describe('feeds in the browser', () => {
  const tvs = useTv()

  it('loads and caches the five bundled sections (RSS, Atom, JSON Feed) with their images', async () => {
    const tv = await tvs.open()
    const sections = await cachedSections(tv, 5)
    expect(sections.map((section) => section.id)).toEqual([
      'top',
      'world',
      'business',
      'technology',
      'culture',
    ])
    const stories = sections.flatMap((section) => section.stories)
    expect(stories.length).toBeGreaterThanOrEqual(40)
    const images = stories.flatMap((story) => (story.image ? [story.image.url] : []))
    expect(images.length).toBeGreaterThanOrEqual(30)
    for (const url of images) expect(url).toMatch(new RegExp(`^${tv.server.url}static/images/[a-z]+\\.jpg$`))
    expect(tv.errors).toEqual([])
  })

  it('asks for no XSRF token with feed requests, even when the page has that cookie', async () => {
    // Feeds are plain GETs that need no token. With one asked for, axios also reads the cookie through the
    // async Cookie Store before sending each same-origin feed request.
    const tokens: (string | string[] | undefined)[] = []
    const record = (req: import('node:http').IncomingMessage, _res: unknown, url: URL) => {
      if (url.pathname.startsWith('/static/feeds/')) tokens.push(req.headers['x-xsrf-token'])
      return false
    }
    const tv = await tvs.open({
      routes: [record],
      initScript: () => {
        // biome-ignore lint/suspicious/noDocumentCookie: plants the cookie a page could have, before the app starts
        document.cookie = 'XSRF-TOKEN=page-secret; path=/'
      },
    })
    await cachedSections(tv, 5)
    expect(tokens.length).toBeGreaterThanOrEqual(5)
    expect(tokens.filter((token) => token !== undefined)).toEqual([])
  })

  it('reads a feed from a host without CORS headers through the same-origin proxy, in its own encoding', async () => {
    const upstream = await startTestServer()
    upstream.route('/cp1252.xml', serve(fixture('windows-1252.xml'), 'application/rss+xml'))
    try {
      const tv = await tvs.open({
        routes: [feedProxy()],
        settings: {
          appSettings: { sections: [{ id: 'remote', title: 'Remote', url: `${upstream.url}/cp1252.xml` }] },
          platformSettings: { proxyUrl: 'proxy' },
        },
      })
      const [remote] = await cachedSections(tv, 1)
      expect(remote?.stories.map((story) => story.title)).toEqual(['“Smart quotes” – and a € price tag'])
      expect(upstream.requests.at(-1)?.headers['user-agent']).toBe('Lightwire feed proxy')
    } finally {
      await upstream.close()
    }
  })
})
