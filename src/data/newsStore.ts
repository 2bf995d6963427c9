import type { HeadlineList, SectionStories } from './headlines'
import type { FeedError, Section, Story } from './model'

/**
 * What the screens consume: the live state of every configured section, updated as feeds arrive, fail or
 * refresh. Implemented by the feed engine (issue #3); Home, Story and Live read it through Services.
 */

export type SectionStatus =
  /** Nothing to show yet: first fetch under way and no cached copy. */
  | 'loading'
  /** Stories to show (fresh, or cached while a refresh runs or after one failed). */
  | 'ready'
  /** The feed answered with no stories. Home hides the row. */
  | 'empty'
  /** The fetch failed and there is no cached copy: show `error` with Retry. */
  | 'error'

export interface SectionState extends Omit<Section, 'stories'> {
  /** The first story whole (`lead`, the hero's), every story as a headline: `findStory` gives a whole one. */
  stories: SectionStories
  status: SectionStatus
  /** A fetch is in flight for this section (first load, refresh or retry). */
  refreshing: boolean
}

/** A row's worth of a section (StoryRow, Home's focus memory, Continue reading): headlines are enough. */
export interface RowSection extends Omit<SectionState, 'stories'> {
  stories: HeadlineList
}

export interface NewsSnapshot {
  /** In settings.json order (or the viewer's chosen order). */
  sections: readonly SectionState[]
  /** Epoch ms of the most recent successful fetch of any section (0 if none). */
  updatedAt: number
}

export interface StoryLocation {
  /** Whole: read back from the stored copy when the store keeps only its headline. */
  story: Story
  section: SectionState
  /** Position of the story in its section. */
  index: number
}

export interface NewsStore {
  /** The current state; cheap, no I/O. */
  snapshot(): NewsSnapshot
  /** Called with every new snapshot (cached data, each section's arrival, failures, refreshes). */
  subscribe(listener: (snapshot: NewsSnapshot) => void): () => void
  /** Shows cached sections at once, then fetches every section in parallel; schedules refreshes. */
  start(): void
  /** Re-fetches one section (Retry) or all of them. Never rejects: failures land in the snapshot. */
  refresh(sectionId?: string): Promise<void>
  findStory(id: string): StoryLocation | undefined
  /**
   * The stored copy is about to be cleared (Settings, "Reset cached data"): bring the stories the store reads
   * back from it into memory, where they stay until the next refresh writes them again.
   */
  keepStoriesInMemory(): void
  /** Resolves once every section has loaded or failed at least once (for deep links). */
  settled(): Promise<void>
  dispose(): void
}

export type { FeedError }
