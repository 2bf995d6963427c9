import type { Lightning } from '@lightningjs/sdk'
import type { Story } from '../../data/model'
import type { NewsSnapshot, RowSection, SectionState } from '../../data/newsStore'
import type { ReadingHistoryService } from '../../data/readingHistoryService'
import type { Locale } from '../../i18n/locale'
import { testId } from '../../ui/automation'
import { Hero } from '../../ui/Hero'
import { type StoryMarks, StoryRow, type StoryRowEvents, storyRowHeight } from '../../ui/StoryRow'
import { home } from '../../ui/theme'
import type { ColumnEntry, WindowedColumn } from '../../ui/WindowedColumn'
import { CONTINUE_KEY, continueReading } from './continueReading'

export const HERO_KEY = 'hero'

export interface FeaturedStory {
  story: Story
  section: SectionState
}

/** The hero's story: the first story of the first section (in order) that has stories to show. */
export function featuredStory(snapshot: NewsSnapshot): FeaturedStory | undefined {
  for (const section of snapshot.sections) {
    const story = section.status === 'ready' ? section.stories.lead : undefined
    if (story) return { story, section }
  }
  return undefined
}

/** Sections that get a row: everything but empty ones (hidden silently), in the store's order. */
export function visibleSections(snapshot: NewsSnapshot): SectionState[] {
  return snapshot.sections.filter(
    (section) => section.status !== 'empty' && !(section.status === 'ready' && section.stories.length === 0),
  )
}

/** True when not one row can show anything, nor ever will without a retry: the full-screen error case. */
export function nothingToShow(snapshot: NewsSnapshot): boolean {
  return !snapshot.sections.some(
    (section) => section.status === 'loading' || (section.status === 'ready' && section.stories.length > 0),
  )
}

export interface HomeEntriesInput {
  snapshot: NewsSnapshot
  now: number
  /** Rows supplied from outside that lead Home (e.g. the live channel's `live-tile`). */
  leading: readonly ColumnEntry[]
  /** The tile each row should focus (from the page's row memory). */
  indexFor(section: RowSection): number
  rowEvents: StoryRowEvents
  /** Light motion (low drawing quality) for the hero and tiles. */
  light: boolean
  /** What the viewer has read: read marks on tiles, and the Continue reading row. */
  history?: Pick<ReadingHistoryService, 'partWay' | 'isRead'>
  /** Stories that came in with a refresh and the viewer has not seen: their tiles say "New". */
  isNew?: (storyId: string) => boolean
  /** Continue reading's title and "Page 3 of 7". */
  locale: Locale
}

/** Home's column: leading rows, the hero, Continue reading (when there is some), then the sections' rows. */
export function homeEntries(input: HomeEntriesInput): ColumnEntry[] {
  const { snapshot, now, history } = input
  const resume = history && continueReading(snapshot, history.partWay(), input.locale)
  const featured = featuredStory(snapshot)
  const hero: ColumnEntry = {
    key: HERO_KEY,
    height: home.hero.h,
    focusable: featured !== undefined,
    create: () => ({ type: Hero, ...testId(HERO_KEY) }) as Lightning.Element.PatchTemplate,
    update: (hero) => {
      if (!(hero instanceof Hero)) return
      hero.light = input.light
      hero.show(featured?.story, featured?.section.title ?? '', now)
    },
  }
  const sections = resume ? [resume.section, ...visibleSections(snapshot)] : visibleSections(snapshot)
  const marks: StoryMarks = (story) => ({
    read: history?.isRead(story.id) ?? false,
    fresh: input.isNew?.(story.id) ?? false,
  })
  const rows = sections.map(
    (section): ColumnEntry => ({
      key: section.id,
      height: storyRowHeight(section),
      focusable: section.status === 'ready' || section.status === 'error',
      create: () => ({ type: StoryRow, events: input.rowEvents }) as Lightning.Element.PatchTemplate,
      update: (row) => {
        if (!(row instanceof StoryRow)) return
        row.light = input.light
        // Continue reading's tiles say which page they open on; every tile says whether it was read.
        row.marks =
          section === resume?.section ? (story) => ({ read: false, label: resume.labelOf(story.id) }) : marks
        row.show(section, input.indexFor(section), now)
      },
    }),
  )
  return [...input.leading, hero, ...rows]
}

/** The header's context line for the focused entry: "Top story", "Continue reading" or the row's title. */
export function contextLabel(
  key: string,
  sections: readonly { id: string; title: string }[],
  words: { topStory: string; continueReading: string },
): string {
  if (key === HERO_KEY) return words.topStory
  if (key === CONTINUE_KEY) return words.continueReading
  return sections.find((section) => section.id === key)?.title ?? ''
}

/** Redraws "5 min ago" in the rows on screen that show relative times (not the live row or an error). */
export function showTimesAt(column: WindowedColumn, now: number): void {
  for (const key of column.renderedKeys()) {
    const element = column.elementFor(key)
    if (element instanceof Hero || element instanceof StoryRow) element.now = now
  }
}
