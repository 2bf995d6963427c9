import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CACHE_KEY } from '../../../src/data/cache'
import { createNewsStore, type NewsStoreDeps } from '../../../src/data/createNewsStore'
import { createFeedHttp } from '../../../src/data/http'
import type { NewsSnapshot, NewsStore } from '../../../src/data/newsStore'
import { type KeyValueStore, memoryStore } from '../../../src/data/storage'
import { defined } from '../../defined'
import { manualClock, serve, startTestServer, type TestServer } from './helpers'

const rss = (...titles: string[]) =>
  `<rss version="2.0"><channel><title>Feed</title>${titles
    .map(
      (title, i) =>
        `<item><title>${title}</title><guid>${title}</guid><link>https://ex.org/${i}</link></item>`,
    )
    .join('')}</channel></rss>`

/** The store against real feeds served on 127.0.0.1, with a clock the test moves by hand. */
describe('createNewsStore', () => {
  let server: TestServer
  let store: NewsStore | undefined
  let path = 0
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.close())
  afterEach(() => store?.dispose())

  /** A fresh URL per test, so tests never share routes. */
  const feed = (handler: Parameters<TestServer['route']>[1]) => {
    const route = `/feed-${++path}.xml`
    server.route(route, handler)
    return `${server.url}${route}`
  }
  const make = (overrides: Partial<NewsStoreDeps> & Pick<NewsStoreDeps, 'sections'>) => {
    const warnings: string[] = []
    const clock = manualClock()
    store = createNewsStore({
      refreshMinutes: 10,
      http: createFeedHttp({ backoffMs: 1, retries: 1 }),
      storage: memoryStore(),
      clock,
      warn: (message) => warnings.push(message),
      ...overrides,
    })
    return { store, warnings, clock }
  }
  const section = (id: string, url: string) => ({ id, title: id.toUpperCase(), url })

  it('loads every section in parallel; each succeeds or fails on its own', async () => {
    const { store } = make({
      sections: [
        section('good', feed(serve(rss('One', 'Two')))),
        section(
          'broken',
          feed((_req, res) => void res.writeHead(404).end()),
        ),
        section('empty', feed(serve(rss()))),
        section('junk', feed(serve('<html><body>moved</body></html>', 'text/html'))),
      ],
    })
    const seen: NewsSnapshot[] = []
    store.subscribe((snapshot) => seen.push(snapshot))
    store.start()
    expect(store.snapshot().sections.map((s) => [s.status, s.refreshing])).toEqual([
      ['loading', true],
      ['loading', true],
      ['loading', true],
      ['loading', true],
    ])
    await store.settled()
    const [good, broken, empty, junk] = store.snapshot().sections
    expect(good).toMatchObject({ status: 'ready', refreshing: false, error: undefined })
    expect(good?.stories.map((story) => story.title)).toEqual(['One', 'Two'])
    expect(broken).toMatchObject({
      status: 'error',
      stories: { length: 0 },
      error: { kind: 'http', status: 404, feed: 'BROKEN' },
    })
    expect(empty).toMatchObject({ status: 'empty', stories: { length: 0 } })
    expect(junk).toMatchObject({ status: 'error', error: { kind: 'not-a-feed' } })
    expect(store.snapshot().updatedAt).toBeGreaterThan(0)
    expect(seen.length).toBeGreaterThanOrEqual(5)
  })

  it('keeps the last good stories when a refresh fails, and says why', async () => {
    let fail = false
    const { store } = make({
      sections: [
        section(
          'world',
          feed((_req, res) => void (fail ? res.writeHead(500).end() : res.end(rss('Kept')))),
        ),
      ],
    })
    store.start()
    await store.settled()
    fail = true
    await store.refresh('world')
    expect(store.snapshot().sections[0]).toMatchObject({
      status: 'ready',
      stories: { length: 1, lead: { title: 'Kept' } },
      error: { kind: 'http', status: 500 },
    })
  })

  it('keeps the last good stories when a refresh answers with no items at all', async () => {
    let items = ['Still here']
    const { store, warnings } = make({
      sections: [
        section(
          'world',
          feed((_req, res) => void res.end(rss(...items))),
        ),
      ],
    })
    store.start()
    await store.settled()
    items = []
    await store.refresh()
    expect(store.snapshot().sections[0]).toMatchObject({
      status: 'ready',
      stories: { length: 1, lead: { title: 'Still here' } },
    })
    expect(warnings.join()).toMatch(/no stories: keeping the previous 1/)
  })

  it('shows the cached copy at once on the next start, then revalidates it with its ETag (304)', async () => {
    const storage = memoryStore()
    const url = feed(serve(rss('Cached story'), 'application/xml', '"v1"'))
    const first = make({ sections: [section('top', url)], storage })
    first.store.start()
    await first.store.settled()
    first.store.dispose()
    expect(storage.get(CACHE_KEY)).toMatchObject({ version: 1, sections: [{ id: 'top', etag: '"v1"' }] })

    const { store, clock } = make({ sections: [section('top', url)], storage })
    store.start()
    // Before any network: the cached stories, marked as refreshing.
    expect(store.snapshot().sections[0]).toMatchObject({
      status: 'ready',
      refreshing: true,
      stories: { length: 1, lead: { title: 'Cached story' } },
    })
    await store.settled()
    expect(server.requests.filter((r) => url.endsWith(r.path)).at(-1)?.headers['if-none-match']).toBe('"v1"')
    expect(store.snapshot().sections[0]).toMatchObject({
      status: 'ready',
      refreshing: false,
      fetchedAt: clock.now(),
    })
    expect(store.snapshot().sections[0]?.stories.lead?.title).toBe('Cached story')
  })

  it('ignores a cache made for another URL, and a cache in an unknown shape (with a warning)', async () => {
    const storage = memoryStore({
      [CACHE_KEY]: {
        version: 1,
        sections: [
          {
            id: 'top',
            url: 'https://old.example/feed',
            title: 'x',
            fetchedAt: 1,
            stories: [{ id: 'a', title: 'Old', summary: '', body: [] }],
          },
        ],
      },
    })
    const { store } = make({ sections: [section('top', feed(serve(rss('New'))))], storage })
    store.start()
    expect(store.snapshot().sections[0]?.status).toBe('loading')
    await store.settled()
    expect(store.snapshot().sections[0]?.stories.map((s) => s.title)).toEqual(['New'])

    const corrupt = make({
      sections: [section('top', feed(serve(rss('New'))))],
      storage: memoryStore({ [CACHE_KEY]: 'garbage' }),
    })
    corrupt.store.start()
    expect(corrupt.warnings.join()).toMatch(/unknown format/)
  })

  it('refreshes every refreshMinutes, on its clock', async () => {
    let served = 0
    const url = feed((_req, res) => {
      served++
      res.end(rss(`Edition ${served}`))
    })
    const { store, clock } = make({ sections: [section('top', url)], refreshMinutes: 5 })
    store.start()
    await store.settled()
    await new Promise((resolve) => setImmediate(resolve))
    expect(clock.pending()).toBe(1)
    clock.advance(4 * 60_000)
    expect(served).toBe(1)
    const next = new Promise<void>((resolve) => {
      const stop = store.subscribe((snapshot) => {
        if (!snapshot.sections[0]?.refreshing && snapshot.sections[0]?.stories.lead?.title === 'Edition 2') {
          stop()
          resolve()
        }
      })
    })
    clock.advance(60_000)
    await next
    expect(served).toBe(2)
  })

  it('refreshes one section on request (Retry) and shares a fetch already in flight', async () => {
    let served = 0
    const a = feed((_req, res) => {
      served++
      setTimeout(() => res.end(rss('A')), 20)
    })
    const b = feed(serve(rss('B')))
    const { store } = make({ sections: [section('a', a), section('b', b)] })
    store.start()
    await store.settled()
    const before = server.requests.filter((r) => b.endsWith(r.path)).length
    await Promise.all([store.refresh('a'), store.refresh('a')])
    expect(served).toBe(2)
    expect(server.requests.filter((r) => b.endsWith(r.path)).length).toBe(before)
  })

  it('parses each arriving feed in its own task (yielding to the host first)', async () => {
    let yields = 0
    const yieldToHost = () => {
      yields++
      return new Promise<void>((resolve) => setImmediate(resolve))
    }
    const { store } = make({
      sections: [
        section('a', feed(serve(rss('A')))),
        section('b', feed(serve(rss('B')))),
        section('c', feed(serve(rss('C')))),
      ],
      yieldToHost,
    })
    store.start()
    await store.settled()
    expect(yields).toBe(3)
    expect(store.snapshot().sections.map((s) => s.status)).toEqual(['ready', 'ready', 'ready'])
  })

  it('writes the cache once per burst of fetches, not once per section', async () => {
    const inner = memoryStore()
    let writes = 0
    const storage: KeyValueStore = {
      ...inner,
      set: (key, value) => {
        writes++
        return inner.set(key, value)
      },
    }
    const { store } = make({
      sections: [
        section('a', feed(serve(rss('A')))),
        section('b', feed(serve(rss('B')))),
        section('c', feed(serve(rss('C')))),
      ],
      storage,
    })
    store.start()
    await store.settled()
    expect(writes).toBe(1)
    expect(inner.get(CACHE_KEY)).toMatchObject({ sections: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] })
    await store.refresh('b')
    expect(writes).toBe(2)
  })

  it('finds stories by id, across sections', async () => {
    const { store } = make({
      sections: [section('a', feed(serve(rss('A1', 'A2')))), section('b', feed(serve(rss('B1'))))],
    })
    store.start()
    await store.settled()
    const b1 = defined(store.snapshot().sections[1]?.stories.lead, 'story B1')
    expect(store.findStory(b1.id)).toMatchObject({ story: { title: 'B1' }, section: { id: 'b' }, index: 0 })
    expect(b1.id).toMatch(/^b-[a-z0-9]+$/)
    expect(store.findStory('nope')).toBeUndefined()
  })

  it('survives a listener that throws, and reports storage that cannot keep the cache', async () => {
    const failing: KeyValueStore = { get: () => null, set: () => false, remove: () => undefined }
    const { store, warnings } = make({ sections: [section('a', feed(serve(rss('A'))))], storage: failing })
    store.subscribe(() => {
      throw new Error('listener bug')
    })
    let calls = 0
    store.subscribe(() => calls++)
    store.start()
    await store.settled()
    expect(calls).toBeGreaterThan(0)
    expect(warnings.join('\n')).toMatch(/listener bug/)
    expect(warnings.join('\n')).toMatch(/could not be cached/)
  })

  it('settles at once with no sections, and stops its timer and listeners on dispose', async () => {
    const empty = make({ sections: [] })
    empty.store.start()
    await empty.store.settled()
    const { store, clock } = make({ sections: [section('a', feed(serve(rss('A'))))] })
    store.start()
    await store.settled()
    await new Promise((resolve) => setImmediate(resolve))
    let calls = 0
    store.subscribe(() => calls++)
    store.dispose()
    expect(clock.pending()).toBe(0)
    await store.refresh()
    expect(calls).toBe(0)
  })
})
