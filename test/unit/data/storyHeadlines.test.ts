import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CACHE_KEY } from '../../../src/data/cache'
import { createNewsStore } from '../../../src/data/createNewsStore'
import { sameHeadline, sectionStories } from '../../../src/data/headlines'
import { createFeedHttp } from '../../../src/data/http'
import type { Story } from '../../../src/data/model'
import type { NewsStore } from '../../../src/data/newsStore'
import { type KeyValueStore, memoryStore } from '../../../src/data/storage'
import { stableHash } from '../../../src/data/text/hash'
import { countingStore } from '../../countingStore'
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

describe('SectionStories', () => {
  const id = (n: number) => `s-${stableHash(`guid-${n}`)}`
  const story = (n: number, overrides: Partial<Story> = {}): Story => ({
    ...whole,
    id: id(n),
    title: `T${n}`,
    publishedAt: 1_700_000_000_000 + n,
    image: { url: `https://ex.org/${n}.png` },
    dir: undefined,
    ...overrides,
  })

  it('keeps the lead whole and gives the others as what a tile shows, without what only the reader needs', () => {
    const stories = sectionStories([whole, { ...whole, id: 'b' }])
    expect(stories.lead).toBe(whole)
    expect(stories.at(0)).toBe(whole)
    expect(stories.at(1)).toEqual({
      id: 'b',
      sectionId: 's',
      title: 'T',
      publishedAt: 5,
      // The address only: the image record (size, caption) is the reader's.
      imageUrl: 'https://ex.org/a.png',
      source: 'F',
      dir: 'rtl',
    })
    expect(stories.at(1)).not.toHaveProperty('summary')
    expect(stories.length).toBe(2)
    expect(sectionStories([]).lead).toBeUndefined()
    expect(sectionStories([]).at(0)).toBeUndefined()
  })

  it('gives back every field of every story, shared or not, and counts a negative index from the end', () => {
    const input = [
      story(0),
      story(1, { updatedAt: 9, source: 'Other', sectionId: 't', dir: 'rtl', image: undefined }),
      story(2, { publishedAt: undefined, id: 'not-a-hash' }),
    ]
    const stories = sectionStories(input)
    expect(stories.at(1)).toEqual({
      id: id(1),
      sectionId: 't',
      title: 'T1',
      source: 'Other',
      publishedAt: 1_700_000_000_001,
      updatedAt: 9,
      dir: 'rtl',
    })
    expect(stories.at(2)).toEqual({
      id: 'not-a-hash',
      sectionId: 's',
      title: 'T2',
      source: 'F',
      imageUrl: 'https://ex.org/2.png',
    })
    expect(stories.at(2)).not.toHaveProperty('updatedAt')
    expect(stories.at(-1)).toEqual(stories.at(2))
    expect(stories.at(3)).toBeUndefined()
    expect(stories.at(-4)).toBeUndefined()
    expect(stories.at(1.5)).toBeUndefined()
  })

  it('finds a story by id without making headlines, and reads like an array', () => {
    const stories = sectionStories([story(0), story(1), story(2, { id: 'odd' }), story(3)])
    expect(stories.indexOf(id(3))).toBe(3)
    expect(stories.indexOf('odd')).toBe(2)
    expect(stories.indexOf(id(9))).toBe(-1)
    expect(stories.indexOf('s-')).toBe(-1)
    expect([...stories].map((headline) => headline.title)).toEqual(['T0', 'T1', 'T2', 'T3'])
    expect(stories.map((headline, index) => `${index}:${headline.title}`)).toEqual([
      '0:T0',
      '1:T1',
      '2:T2',
      '3:T3',
    ])
    expect(stories.findIndex((headline) => headline.title === 'T2')).toBe(2)
    expect(stories.find((headline) => headline.title === 'T3')?.id).toBe(id(3))
    expect(stories.find((headline) => headline.title === 'T9')).toBeUndefined()
    expect(stories.some((headline) => headline.id === 'odd')).toBe(true)
    expect(stories.some((headline) => headline.id === 'even')).toBe(false)
  })

  it('hands out a new object each time, which a tile recognises by what it shows', () => {
    const stories = sectionStories([story(0), story(1)])
    const [a, b] = [stories.at(1), stories.at(1)]
    expect(a).not.toBe(b)
    expect(sameHeadline(a, b)).toBe(true)
    expect(sameHeadline(a, { ...defined(a, 'a'), title: 'Changed' })).toBe(false)
    expect(sameHeadline(a, { ...defined(a, 'a'), imageUrl: undefined })).toBe(false)
    expect(sameHeadline(a, undefined)).toBe(false)
    expect(sameHeadline(undefined, undefined)).toBe(true)
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
  const counted = (base: KeyValueStore = memoryStore(), accept = true) =>
    countingStore(CACHE_KEY, base, accept)
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
    const id = defined(store.snapshot().sections[0]?.stories.at(3), 'fourth').id
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
    expect(section.stories.at(4)).not.toHaveProperty('summary')
    expect(readerFields(offline.findStory(defined(section.stories.at(4), 'fifth').id)?.story)).toMatchObject({
      summary: 'Summary 4.',
      byline: 'Writer 4',
    })
    expect(warnings.some((warning) => warning.includes('no stored copy'))).toBe(false)
  })

  it('takes the stored stories into memory before storage is cleared', async () => {
    const base = memoryStore()
    const { store } = await open(base)
    const id = defined(store.snapshot().sections[0]?.stories.at(2), 'third').id
    store.keepStoriesInMemory()
    base.remove(CACHE_KEY)
    expect(readerFields(store.findStory(id)?.story)?.body).toEqual(['Body 2 one.', 'Body 2 two.'])
  })
})
