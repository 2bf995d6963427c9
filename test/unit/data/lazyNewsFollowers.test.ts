import { describe, expect, it } from 'vitest'
import { DEFAULT_BREAKING } from '../../../src/data/breakingSettings'
import { sectionStories } from '../../../src/data/headlines'
import { lazyNewsFollowers } from '../../../src/data/lazyNewsFollowers'
import type { Story } from '../../../src/data/model'
import { storyKey } from '../../../src/data/newStories'
import { NEW_STORIES_KEY } from '../../../src/data/newStoriesService'
import type { NewsSnapshot, SectionState } from '../../../src/data/newsStore'
import { memoryStore } from '../../../src/data/storage'

const story = (id: string, publishedAt = Date.UTC(2026, 11, 4, 11, 58)): Story => ({
  id,
  sectionId: 'alerts',
  title: id,
  summary: '',
  body: [],
  source: 'Test',
  publishedAt,
})
const section = (id: string, ids: string[]): SectionState => ({
  id,
  title: id,
  stories: sectionStories(ids.map((id) => story(id))),
  fetchedAt: 1,
  status: 'ready',
  refreshing: false,
})

/** A news store reduced to what the followers use: a snapshot and its listeners. */
function fakeNews(sections: SectionState[]) {
  let snapshot = { sections, updatedAt: 1 } as unknown as NewsSnapshot
  const listeners = new Set<(next: NewsSnapshot) => void>()
  return {
    snapshot: () => snapshot,
    subscribe(listener: (next: NewsSnapshot) => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    emit(next: SectionState[]) {
      snapshot = { sections: next, updatedAt: 2 } as unknown as NewsSnapshot
      for (const listener of listeners) listener(snapshot)
    },
  }
}

describe('news followers, loaded lazily', () => {
  it('say nothing is new before they load, then take in the current snapshot and every later one', async () => {
    const storage = memoryStore({
      [NEW_STORIES_KEY]: { version: 1, known: { world: [storyKey('a')] }, unseen: [storyKey('a')] },
    })
    const news = fakeNews([section('world', ['a'])])
    const followers = lazyNewsFollowers(
      news,
      {
        storage,
        breaking: DEFAULT_BREAKING,
        breakingSections: new Set(['alerts']),
        preferences: { get: () => ({ breakingBanners: true }) },
        clock: () => Date.UTC(2026, 11, 4, 12, 0),
        warn: () => {},
      },
      () => import('../../../src/data/newsFollowers'),
    )
    const redraws: boolean[] = []
    const banners: string[] = []
    followers.newStories.subscribe((marksChanged) => redraws.push(marksChanged))
    followers.breaking.subscribe((shown) => banners.push(shown.id))
    expect(followers.newStories.isNew('a')).toBe(false)
    expect(followers.breaking.settings).toBe(DEFAULT_BREAKING)

    await followers.load()
    // What was stored as new before the restart is new again, and Home is told to draw the marks.
    expect(followers.newStories.isNew('a')).toBe(true)
    expect(redraws).toEqual([true])

    news.emit([section('world', ['b', 'a']), section('alerts', ['flash'])])
    expect(followers.newStories.pending([{ stories: [story('b'), story('a')] }])).toEqual(['b'])
    expect(banners).toEqual(['flash'])
    expect(redraws).toEqual([true, true])
  })
})
