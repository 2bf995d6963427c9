/**
 * Stand-ins for the news followers (new stories, breaking news) until their chunk has loaded: main.ts hands
 * these to the app at start-up and loads the real ones once Home is up, so the start-up bundle does not carry
 * them. Before then nothing is new and no banner shows; once loaded they take in the store's current
 * snapshot and every later one, and tell the listeners that subscribed in the meantime. Nothing is missed:
 * what is new is judged against what was stored, not against what happened while loading.
 */
import type { BreakingService } from './breakingService'
import type { BreakingSettings } from './breakingSettings'
import type { StoryHeadline } from './model'
import type { NewStoriesService } from './newStoriesService'
import type { NewsFollowerDeps } from './newsFollowers'
import type { NewsStore } from './newsStore'

export interface NewsFollowerServices {
  newStories: NewStoriesService
  breaking: BreakingService
}

export interface LazyNewsFollowers extends NewsFollowerServices {
  /** Loads the real services and connects them to the store; resolves once they follow it. */
  load(): Promise<void>
}

export function lazyNewsFollowers(
  news: Pick<NewsStore, 'subscribe' | 'snapshot'>,
  deps: NewsFollowerDeps,
  importFollowers: () => Promise<typeof import('./newsFollowers')>,
): LazyNewsFollowers {
  let real: NewsFollowerServices | undefined
  const changeListeners = new Set<(marksChanged: boolean) => void>()
  const bannerListeners = new Set<(story: StoryHeadline) => void>()
  const settings: BreakingSettings = deps.breaking
  const newStories: NewStoriesService = {
    observe: (snapshot) => real?.newStories.observe(snapshot),
    isNew: (storyId) => real?.newStories.isNew(storyId) ?? false,
    pending: (sections) => real?.newStories.pending(sections) ?? [],
    seen: (storyId) => real?.newStories.seen(storyId),
    acknowledge: () => real?.newStories.acknowledge(),
    subscribe(listener) {
      changeListeners.add(listener)
      return () => changeListeners.delete(listener)
    },
  }
  const breaking: BreakingService = {
    settings,
    observe: (snapshot) => real?.breaking.observe(snapshot),
    subscribe(listener) {
      bannerListeners.add(listener)
      return () => bannerListeners.delete(listener)
    },
  }
  return {
    newStories,
    breaking,
    async load() {
      if (real) return
      const { createNewsFollowers } = await importFollowers()
      const loaded = createNewsFollowers(deps)
      real = loaded
      loaded.newStories.subscribe((marksChanged) => {
        for (const listener of [...changeListeners]) listener(marksChanged)
      })
      loaded.breaking.subscribe((story) => {
        for (const listener of [...bannerListeners]) listener(story)
      })
      const follow = (snapshot: ReturnType<typeof news.snapshot>) => {
        loaded.newStories.observe(snapshot)
        loaded.breaking.observe(snapshot)
      }
      news.subscribe(follow)
      follow(news.snapshot())
      // Stories stored as new before a restart get their marks now.
      for (const listener of [...changeListeners]) listener(true)
    },
  }
}
