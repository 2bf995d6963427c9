import { describe, expect, it, vi } from 'vitest'
import {
  CACHE_KEY,
  CACHE_VERSION,
  type CachedSection,
  readCache,
  TRIMMED_STORIES_PER_SECTION,
  writeCache,
} from '../../../src/data/cache'
import { createNewsStore } from '../../../src/data/createNewsStore'
import type { FeedHttp } from '../../../src/data/http'
import type { Story } from '../../../src/data/model'
import { createPreferencesService, PREFERENCES_KEY } from '../../../src/data/preferencesService'
import { type KeyValueStore, memoryStore } from '../../../src/data/storage'
import { defined } from '../../defined'

const story = (n: number, extra: Partial<Story> = {}): Story => ({
  id: `top-${n}`,
  sectionId: 'top',
  title: `Story ${n}`,
  summary: 'A summary long enough to take some room in storage.',
  body: ['A paragraph of text that takes some room in storage, like a real story body does.'],
  source: 'Test',
  ...extra,
})

const section = (id: string, count: number): CachedSection => ({
  id,
  title: id,
  url: `./feeds/${id}.xml`,
  fetchedAt: 1,
  stories: Array.from({ length: count }, (_, n) => story(n)),
})

/** A Map-backed store whose `set` fails like a full localStorage once a value is longer than `quota` characters. */
function quotaStore(quota: number, failure: 'false' | 'throw' = 'false') {
  const inner = memoryStore()
  const spy = vi.fn((key: string, value: unknown) => {
    if (JSON.stringify(value).length > quota) {
      if (failure === 'throw') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return false
    }
    return inner.set(key, value)
  })
  const store: KeyValueStore = { get: inner.get, set: spy, remove: inner.remove }
  return { store, set: spy }
}

/** A store holding text that is not JSON where the cache should be (the SDK wrapper throws on reading it). */
function damagedStore() {
  const removed: string[] = []
  const store: KeyValueStore = {
    get: () => {
      throw new Error('the stored "lightwire.news.v1" is damaged (12 characters that are not JSON)')
    },
    set: () => true,
    remove: (key) => void removed.push(key),
  }
  return { store, removed }
}

describe('cache read-back', () => {
  it('discards a damaged copy: removed, with a warning saying so', () => {
    const { store, removed } = damagedStore()
    const result = readCache(store)
    expect(result.sections).toEqual([])
    expect(result.warning).toMatch(/could not be read .*damaged.*discarded/)
    expect(removed).toEqual([CACHE_KEY])
  })

  it('discards a copy from another cache version, and one in an unknown shape', () => {
    for (const stale of [
      { version: CACHE_VERSION + 1, sections: [section('top', 2)] },
      { version: 0, sections: [section('top', 2)] },
      { sections: [section('top', 2)] },
    ]) {
      const store = memoryStore({ [CACHE_KEY]: stale })
      const result = readCache(store)
      expect(result.sections).toEqual([])
      expect(result.warning).toMatch(/another version of the app .*discarded/)
      expect(store.get(CACHE_KEY)).toBeNull()
    }
    for (const garbage of ['garbage', 42, [1, 2], { version: CACHE_VERSION }]) {
      const store = memoryStore({ [CACHE_KEY]: garbage })
      expect(readCache(store).warning).toMatch(/unknown format: discarded/)
      expect(store.get(CACHE_KEY)).toBeNull()
    }
  })

  it('keeps good sections and stories beside damaged ones, and never hands back a URL it must not load', () => {
    const store = memoryStore({
      [CACHE_KEY]: {
        version: CACHE_VERSION,
        sections: [
          {
            ...section('top', 0),
            stories: [
              story(1, { url: 'javascript:alert(1)', image: { url: 'data:image/png;base64,AAAA' } }),
              story(2, { url: 'https://news.example.org/2', image: { url: 'static/images/rail.jpg' } }),
              { id: 'no-title' },
              story(3, { image: { url: 'JAVASCRIPT:alert(1)' } }),
              // Never written by the app: a tile would load it if it were trusted.
              story(4, { imageUrl: 'javascript:alert(1)' }),
            ],
          },
          { id: 'broken', stories: 'nope' },
        ],
      },
    })
    const { sections, warning } = readCache(store)
    expect(warning).toMatch(/1 cached section/)
    const stories = defined(sections[0], 'the cached section').stories
    expect(stories.map((s) => s.id)).toEqual(['top-1', 'top-2', 'top-3', 'top-4'])
    expect(stories[0]?.url).toBeUndefined()
    expect(stories[0]?.image).toBeUndefined()
    expect(stories[0]?.imageUrl).toBeUndefined()
    expect(stories[1]).toMatchObject({
      url: 'https://news.example.org/2',
      image: { url: 'static/images/rail.jpg' },
      imageUrl: 'static/images/rail.jpg',
    })
    expect(stories[2]?.image).toBeUndefined()
    expect(stories[3]?.imageUrl).toBeUndefined()
  })
})

describe('cache writes', () => {
  it('leave out the image address that repeats image.url, and reading gives it back', () => {
    const store = memoryStore()
    const image = { url: 'static/images/rail.jpg', caption: 'Rail' }
    const cached = { ...section('top', 0), stories: [story(1, { image, imageUrl: image.url })] }
    expect(writeCache(store, [cached])).toBeUndefined()
    expect(JSON.stringify(store.get(CACHE_KEY))).not.toContain('imageUrl')
    expect(readCache(store).sections[0]?.stories[0]).toMatchObject({ image, imageUrl: image.url })
  })
})

describe('cache writes on a full device', () => {
  const sections = [section('top', 50), section('world', 50)]

  it('keeps the newest stories of each section when the whole copy does not fit', () => {
    const full = JSON.stringify({ version: CACHE_VERSION, sections }).length
    // Room for about a fifth of it: 20 a section does not fit, 8 does.
    const { store, set } = quotaStore(Math.floor(full / 5))
    const warning = writeCache(store, sections)
    expect(warning).toMatch(/kept the newest 8 of each section/)
    expect(set).toHaveBeenCalledTimes(3)
    const kept = readCache(store).sections
    expect(kept.map((s) => s.stories.map((st) => st.id))).toEqual([
      sections[0]?.stories.slice(0, 8).map((st) => st.id),
      sections[1]?.stories.slice(0, 8).map((st) => st.id),
    ])
  })

  it('gives up with a warning when not even the shortest copy fits (and a throwing store is no different)', () => {
    for (const failure of ['false', 'throw'] as const) {
      const { store, set } = quotaStore(100, failure)
      const warning = writeCache(store, sections)
      expect(warning).toMatch(/Stories could not be cached/)
      if (failure === 'throw') expect(warning).toMatch(/QuotaExceededError|quota/)
      expect(set).toHaveBeenCalledTimes(1 + TRIMMED_STORIES_PER_SECTION.length)
      expect(store.get(CACHE_KEY)).toBeNull()
    }
  })

  it('writes short sections whole on the first try', () => {
    const { store, set } = quotaStore(1_000_000)
    expect(writeCache(store, [section('top', 3)])).toBeUndefined()
    expect(set).toHaveBeenCalledTimes(1)
  })
})

describe('the news store over untrusted storage', () => {
  const http: FeedHttp = { get: async () => ({ kind: 'error', error: { kind: 'network' } }) }

  it('starts over a damaged cache: nothing shown from it, a warning, no exception', async () => {
    const warnings: string[] = []
    const { store: storage } = damagedStore()
    const store = createNewsStore({
      sections: [{ id: 'top', title: 'Top', url: './feeds/top.xml' }],
      refreshMinutes: 10,
      http,
      storage,
      warn: (message) => warnings.push(message),
    })
    expect(() => store.start()).not.toThrow()
    await store.settled()
    expect(store.snapshot().sections[0]).toMatchObject({ status: 'error', stories: { length: 0 } })
    expect(warnings.join('\n')).toMatch(/discarded/)
    store.dispose()
  })
})

describe('preferences over untrusted storage', () => {
  it('falls back to the defaults when the stored copy is damaged, and says so', () => {
    const warn = vi.fn()
    const service = createPreferencesService(
      {
        get: () => {
          throw new Error('damaged')
        },
        set: () => true,
      },
      ['top', 'world'],
      warn,
    )
    expect(service.get()).toEqual({
      textSize: 'M',
      sections: [
        { id: 'top', visible: true },
        { id: 'world', visible: true },
      ],
      breakingBanners: true,
    })
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not be read .*damaged.*defaults/))
  })

  it('keeps a change that a throwing store refuses, and reports why', () => {
    const warn = vi.fn()
    const service = createPreferencesService(
      {
        get: () => null,
        set: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        },
      },
      ['top'],
      warn,
    )
    expect(service.setTextSize('L')).toEqual({ changed: true, saved: false })
    expect(service.get().textSize).toBe('L')
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not be saved .*quota/i))
    expect(PREFERENCES_KEY).toBe('preferences')
  })
})
