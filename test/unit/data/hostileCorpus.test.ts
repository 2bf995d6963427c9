import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, startAppServer } from '../../../server/appServer'
import { createFeedHttp } from '../../../src/data/http'
import { loadFeed } from '../../../src/data/loadFeed'
import { english } from '../../../src/i18n/english'
import { feedErrorText } from '../../../src/ui/feedErrorText'
import { HOSTILE_FEEDS, hostileRoute } from '../../fixtures/hostile/corpus'

/**
 * The hostile corpus through the app's own data layer in node (the same HTTP client, size cap, decoder,
 * parser and normalizer the TV runs), over a real HTTP server. The e2e test shows the same feeds on screen.
 */
describe('hostile corpus, data layer', () => {
  let server: AppServer
  beforeAll(async () => {
    server = await startAppServer({
      root: mkdtempSync(join(tmpdir(), 'lightwire-empty-')),
      routes: [hostileRoute()],
    })
  })
  afterAll(() => server.close())

  for (const feed of HOSTILE_FEEDS) {
    it(`${feed.file}: ${'stories' in feed.expect ? `at least ${feed.expect.stories} stories` : 'a clear error'}`, async () => {
      const result = await loadFeed(createFeedHttp({ retries: 0 }), {
        sectionId: feed.id,
        sectionTitle: feed.title,
        url: `${server.url}hostile/${feed.file}`,
        maxStories: 50,
      })
      if ('error' in feed.expect) {
        if (result.kind !== 'error') throw new Error(`expected an error, got ${result.kind}`)
        expect(feedErrorText(result.error, english)).toMatch(feed.expect.error)
        return
      }
      if (result.kind !== 'stories')
        throw new Error(`expected stories, got ${JSON.stringify(result).slice(0, 300)}`)
      expect(result.stories.length).toBeGreaterThanOrEqual(feed.expect.stories)
      expect(result.stories.length).toBeLessThanOrEqual(50)
      for (const story of result.stories) {
        expect(story.title.trim()).not.toBe('')
        // Cut before any pattern sees it (docs/feeds.md), so a title never becomes a wall of text.
        expect(story.title.length).toBeLessThanOrEqual(2_000)
        if (story.url !== undefined) expect(story.url).toMatch(/^https?:\/\//)
        if (story.image) expect(story.image.url).toMatch(/^(https?:\/\/|static\/)/)
      }
      const everything = JSON.stringify(result.stories)
      expect(everything).not.toMatch(
        /javascript|vbscript|data:|file:|blob:|filesystem:|<script|onerror|__owned|innerHTML/i,
      )
      // What scripts said is never text (the split-tag trick `<scr<script>ipt>` leaves its tail as text, exactly
      // as a browser would show it: text, never run).
      expect(everything).not.toMatch(
        /alert\('(title|body|click|img|svg|svg script|twice|comment)'\)|alert\([0-9]/,
      )
      // Nothing from the entity bomb or the external entities was expanded.
      expect(everything).not.toMatch(/hahaha|root:|never-fetched/)
    })
  }

  it('keeps the newest 50 of thousands of items, without duplicates', async () => {
    const result = await loadFeed(createFeedHttp({ retries: 0 }), {
      sectionId: 'many',
      sectionTitle: 'Thousands',
      url: `${server.url}hostile/many.xml`,
      maxStories: 50,
    })
    if (result.kind !== 'stories') throw new Error('expected stories')
    const dates = result.stories.map((story) => story.publishedAt ?? 0)
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    expect(new Set(result.stories.map((story) => story.id)).size).toBe(50)
    expect(result.stories[0]?.title).toMatch(/, 0 minutes old$/)
  })
})
