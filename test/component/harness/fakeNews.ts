/**
 * Made-up news for component tests: stories, sections in every state, and a NewsStore whose snapshots the
 * test sets by hand (so refreshes, failures and arrivals happen exactly when the test says).
 */
import type { Story } from '../../../src/data/model'
import type {
  NewsSnapshot,
  NewsStore,
  SectionState,
  SectionStatus,
  StoryLocation,
} from '../../../src/data/newsStore'
import { WholeSectionStories } from '../../wholeStories'

export const NOW = Date.UTC(2025, 4, 6, 12, 0, 0)

export function makeStory(sectionId: string, index: number, overrides: Partial<Story> = {}): Story {
  const story: Story = {
    id: `${sectionId}-${index}`,
    sectionId,
    title: `Story ${index} of ${sectionId}: a headline long enough to wrap onto a second line on a tile`,
    summary: `Summary of story ${index}.`,
    body: [`Paragraph one of story ${index}.`],
    publishedAt: NOW - (index + 1) * 7 * 60_000,
    source: 'Lightwire Test Desk',
    image: { url: `./static/test/${sectionId}-${index}.png`, width: 1280, height: 720 },
    ...overrides,
  }
  // As normalize.ts makes them: the image's address beside it, what tiles show.
  return 'imageUrl' in overrides ? story : { ...story, imageUrl: story.image?.url }
}

/** A section as a test writes it: its stories as a plain array of whole stories. */
export type SectionFixture = Omit<SectionState, 'stories'> & { stories: Story[] }

export function makeSection(
  id: string,
  count: number,
  status: SectionStatus = count > 0 ? 'ready' : 'empty',
  extra: Partial<Omit<SectionState, 'stories'>> & { stories?: Story[] } = {},
): SectionFixture {
  return {
    id,
    title: id.charAt(0).toUpperCase() + id.slice(1),
    stories: Array.from({ length: count }, (_, i) => makeStory(id, i)),
    fetchedAt: status === 'ready' ? NOW : 0,
    status,
    refreshing: status === 'loading',
    ...(status === 'error' ? { error: { kind: 'network' as const, feed: id } } : {}),
    ...extra,
  }
}

/** The store's view of fixtures: their stories as the store holds them (SectionStories). */
export function sectionOf(section: SectionFixture | SectionState): SectionState {
  return Array.isArray(section.stories)
    ? { ...section, stories: new WholeSectionStories(section.stories) }
    : { ...section, stories: section.stories }
}

export function snapshotOf(
  sections: readonly (SectionFixture | SectionState)[],
  updatedAt = NOW,
): NewsSnapshot {
  return { sections: sections.map(sectionOf), updatedAt }
}

/** A NewsStore driven by the test: `emit(snapshot)` is a feed arriving, failing or refreshing. */
export class FakeNewsStore implements NewsStore {
  private current: NewsSnapshot
  private readonly listeners = new Set<(snapshot: NewsSnapshot) => void>()
  readonly refreshed: (string | undefined)[] = []

  constructor(initial: NewsSnapshot) {
    this.current = initial
  }

  emit(snapshot: NewsSnapshot): void {
    this.current = snapshot
    for (const listener of this.listeners) listener(snapshot)
  }

  get listenerCount(): number {
    return this.listeners.size
  }

  snapshot(): NewsSnapshot {
    return this.current
  }

  subscribe(listener: (snapshot: NewsSnapshot) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  start(): void {}

  async refresh(sectionId?: string): Promise<void> {
    this.refreshed.push(sectionId)
  }

  findStory(id: string): StoryLocation | undefined {
    for (const section of this.current.sections) {
      const index = section.stories.indexOf(id)
      // The fake's sections hold whole stories (makeSection, snapshotOf); a headline-only one is not opened.
      const story = section.stories instanceof WholeSectionStories ? section.stories.whole[index] : undefined
      if (story) return { story, section, index }
    }
    return undefined
  }

  async settled(): Promise<void> {}

  keepStoriesInMemory(): void {}

  dispose(): void {
    this.listeners.clear()
  }
}
