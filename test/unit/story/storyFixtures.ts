/** Small hand-made news for the story reader's pure modules. */
import type { Story } from '../../../src/data/model'
import type { NewsSnapshot, SectionState, StoryLocation } from '../../../src/data/newsStore'
import { WholeSectionStories } from '../../wholeStories'

export function story(id: string, sectionId: string, title: string, publishedAt = 0): Story {
  return { id, sectionId, title, summary: '', body: [], source: 'Test', publishedAt }
}

export function section(id: string, stories: Story[]): SectionState & { stories: WholeSectionStories } {
  return {
    id,
    title: id,
    stories: new WholeSectionStories(stories),
    fetchedAt: 1,
    status: 'ready',
    refreshing: false,
  }
}

export function snapshot(...sections: SectionState[]): NewsSnapshot {
  return { sections, updatedAt: 1 }
}

/** Where the story is, whole (as the store's `findStory` gives it). */
export function locate(news: NewsSnapshot, id: string): StoryLocation {
  for (const s of news.sections) {
    const index = s.stories.indexOf(id)
    const story = s.stories instanceof WholeSectionStories ? s.stories.whole[index] : undefined
    if (story) return { story, section: s, index }
  }
  throw new Error(`no story ${id}`)
}
