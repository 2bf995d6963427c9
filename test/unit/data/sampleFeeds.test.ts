import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, startAppServer, staticFiles } from '../../../server/appServer'
import settingsJson from '../../../settings.json'
import { createNewsStore } from '../../../src/data/createNewsStore'
import { createFeedHttp } from '../../../src/data/http'
import { parseSettings } from '../../../src/data/settings'
import { memoryStore } from '../../../src/data/storage'
import { defined } from '../../defined'
import { projectRoot } from './helpers'

/** The bundled sample feeds, loaded by the real store over real HTTP, as `npm start` serves them. */
describe('bundled sample feeds', () => {
  let server: AppServer
  beforeAll(async () => {
    server = await startAppServer({ root: projectRoot, routes: [staticFiles(projectRoot)] })
  })
  afterAll(() => server.close())

  async function loadAll() {
    const settings = parseSettings(settingsJson)
    const sections = settings.appSettings.sections.map((section) => ({
      ...section,
      url: new URL(section.url, server.url).href,
    }))
    const store = createNewsStore({
      sections,
      refreshMinutes: 10,
      http: createFeedHttp(),
      storage: memoryStore(),
    })
    store.start()
    await store.settled()
    const snapshot = store.snapshot()
    // The store keeps headlines; the whole stories are what the reader gets when it opens one.
    const stories = snapshot.sections.flatMap((section) =>
      section.stories.map((story) => defined(store.findStory(story.id), story.id).story),
    )
    store.dispose()
    return { ...snapshot, stories }
  }

  it('gives five ready sections and at least 40 stories, with every format represented', async () => {
    const snapshot = await loadAll()
    expect(snapshot.sections.map((section) => [section.id, section.status])).toEqual([
      ['top', 'ready'],
      ['world', 'ready'],
      ['business', 'ready'],
      ['technology', 'ready'],
      ['culture', 'ready'],
    ])
    const stories = snapshot.sections.flatMap((section) => [...section.stories])
    expect(stories.length).toBeGreaterThanOrEqual(40)
    expect(new Set(stories.map((story) => story.id)).size).toBe(stories.length)
  })

  it('has long reports and short briefs, bylines, dates, links and captioned images that exist', async () => {
    const { stories } = await loadAll()
    expect(stories.filter((story) => story.body.length >= 15).length).toBeGreaterThanOrEqual(5)
    expect(stories.filter((story) => story.body.length <= 3).length).toBeGreaterThanOrEqual(10)
    for (const story of stories) {
      expect(story.id).toMatch(/^[a-z0-9-]+$/)
      expect(story.byline).toBeTruthy()
      expect(story.publishedAt).toBeGreaterThan(Date.UTC(2026, 0, 1))
      expect(story.url).toMatch(/^https:\/\/news\.example\.org\//)
      expect(story.title).not.toMatch(/[<>&]/)
      for (const paragraph of story.body) expect(paragraph).not.toMatch(/<\/?[a-z]/i)
      if (story.image) {
        expect(story.image.caption).toBeTruthy()
        const path = new URL(story.image.url).pathname
        expect(path).toMatch(/^\/static\/images\/[a-z-]+\.jpg$/)
        expect(readFileSync(resolve(projectRoot, `.${path}`)).length).toBeGreaterThan(0)
      }
    }
    expect(stories.filter((story) => story.image).length).toBeGreaterThanOrEqual(30)
  })
})
