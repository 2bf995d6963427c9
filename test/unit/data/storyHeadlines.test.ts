import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CACHE_KEY } from '../../../src/data/cache'
import { createNewsStore } from '../../../src/data/createNewsStore'
import { sectionStories, toHeadline } from '../../../src/data/headlines'
import { createFeedHttp } from '../../../src/data/http'
import type { Story } from '../../../src/data/model'
import type { NewsStore } from '../../../src/data/newsStore'
import { type KeyValueStore, memoryStore } from '../../../src/data/storage'
import { defined } from '../../defined'
import { manualClock, serve, startTestServer, type TestServer } from './helpers'

const rss = (count: number) =>
  `<rss version="2.0"><channel><title>Feed</title>${Array.from(
    { length: count },
    (_, i) =>
      `<item><title>Story ${i}</title><guid>s${i}</guid><link>https://ex.org/${i}</link>` +
      `<author>a${i}@ex.org (Writer ${i})</author><description>Summary ${i}.</description>` +
      `<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>Body ${i} one.</p><p>Body ${i} two.</p>]]></content:encoded></item>`,
  ).join('')}</channel></rss>`

const whole: Story = {
  id: 'a',
  sectionId: 's',
  title: 'T',
  summary: 'S',
  body: ['B'],
  byline: 'W',
  url: 'https://ex.org/a',
  publishedAt: 5,
  image: { url: 'https://ex.org/a.png', caption: 'C' },
  source: 'F',
  dir: 'rtl',
}

describe('headlines', () => {
  it('keeps what a tile shows and leaves out what only the reader needs', () => {
    expect(toHeadline(whole)).toEqual({
      id: 'a',
      sectionId: 's',
      title: 'T',
      publishedAt: 5,
      // The address only: the image record (size, caption) is the reader's.
      imageUrl: 'https://ex.org/a.png',
      source: 'F',
      dir: 'rtl',
    })
  })

  it('keeps a section’s first story whole (the hero shows its summary) and headlines after it', () => {
    const stories = sectionStories([whole, { ...whole, id: 'b' }])
    expect(stories[0]).toBe(whole)
    expect(stories[1]).not.toHaveProperty('summary')
    expect(sectionStories([])).toEqual([])
  })
})

/** The store keeps headlines in memory and gives whole stories back from memory or storage. */
describe('createNewsStore: whole stories on demand', () => {
  let server: TestServer
  let store: NewsStore | undefined
  let online = true
  beforeAll(async () => {
    server = await startTestServer()
    server.route('/five.xml', serve(rss(5)))
    server.route('/flaky.xml', (req, res) =>
      online ? serve(rss(5))(req, res) : void res.writeHead(503).end(),
    )
  })
  afterAll(() => server.close())
  afterEach(() => store?.dispose())

  /** A storage that counts reads of the news cache and can refuse writes. */
  const counted = (base: KeyValueStore = memoryStore(), accept = true) => {
    const calls = { reads: 0 }
    const storage: KeyValueStore = {
      get: (key) => {
        if (key === CACHE_KEY) calls.reads++
        return base.get(key)
      },
      set: (key, value) => accept && base.set(key, value),
      remove: (key) => base.remove(key),
    }
    return { storage, calls }
  }
  const open = async (storage: KeyValueStore, path = '/five.xml') => {
    const warnings: string[] = []
    store = createNewsStore({
      sections: [{ id: 'news', title: 'News', url: `${server.url}${path}` }],
      refreshMinutes: 10,
      http: createFeedHttp({ backoffMs: 1, retries: 0 }),
      storage,
      clock: manualClock(),
      warn: (message) => warnings.push(message),
    })
    store.start()
    await store.settled()
    return { store, warnings }
  }
  const readerFields = (story: Story | undefined) =>
    story && { summary: story.summary, body: story.body, byline: story.byline, url: story.url }

  it('holds headlines once the stories are stored, and reads an opened one back from storage', async () => {
    const { storage, calls } = counted()
    const { store } = await open(storage)
    const [lead, second] = store.snapshot().sections[0]?.stories ?? []
    expect(lead).toMatchObject({ title: 'Story 0', summary: 'Summary 0.' })
    expect(second).toEqual(expect.objectContaining({ title: 'Story 1' }))
    expect(second).not.toHaveProperty('summary')
    expect(second).not.toHaveProperty('body')
    const before = calls.reads
    const found = store.findStory(defined(second, 'second').id)
    expect(calls.reads).toBe(before + 1)
    expect(found?.index).toBe(1)
    expect(readerFields(found?.story)).toEqual({
      summary: 'Summary 1.',
      body: ['Body 1 one.', 'Body 1 two.'],
      byline: 'Writer 1',
      url: 'https://ex.org/1',
    })
  })

  it('keeps whole stories in memory when storage would not take them', async () => {
    const { storage, calls } = counted(memoryStore(), false)
    const { store } = await open(storage)
    const id = defined(store.snapshot().sections[0]?.stories[3], 'fourth').id
    const before = calls.reads
    expect(store.findStory(id)?.story.summary).toBe('Summary 3.')
    expect(calls.reads).toBe(before)
  })

  it('starts from the stored copy with headlines, and still opens every story offline', async () => {
    const base = memoryStore()
    online = true
    await open(base, '/flaky.xml')
    store?.dispose()
    online = false
    const { store: offline, warnings } = await open(base, '/flaky.xml')
    const section = defined(offline.snapshot().sections[0], 'section')
    expect(section).toMatchObject({ status: 'ready', error: { kind: 'http', status: 503 } })
    expect(section.stories[4]).not.toHaveProperty('summary')
    expect(readerFields(offline.findStory(defined(section.stories[4], 'fifth').id)?.story)).toMatchObject({
      summary: 'Summary 4.',
      byline: 'Writer 4',
    })
    expect(warnings.some((warning) => warning.includes('no stored copy'))).toBe(false)
  })

  it('takes the stored stories into memory before storage is cleared', async () => {
    const base = memoryStore()
    const { store } = await open(base)
    const id = defined(store.snapshot().sections[0]?.stories[2], 'third').id
    store.keepStoriesInMemory()
    base.remove(CACHE_KEY)
    expect(readerFields(store.findStory(id)?.story)?.body).toEqual(['Body 2 one.', 'Body 2 two.'])
  })
})
