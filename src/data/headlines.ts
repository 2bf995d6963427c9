/**
 * A section's stories as the store holds them (issue 13, memory): the first one whole, because Home's hero
 * shows its summary, and every story as columns of what a tile shows (columns.ts). Summaries, bodies, bylines
 * and web addresses are the bulk of a story's bytes and only the reader needs them; the store reads them back
 * when a story is opened. Below them, an object a headline (~36 bytes), its boxed date (~12), its id string
 * (~32) and its title's string header (~13) were most of what was left: as columns (an id's digits, titles end
 * to end, dates as small integers, a field every story of the section shares kept once) a story costs ~30
 * bytes plus its title's characters. A headline object is made when one is asked for (the tiles on screen, a
 * search through the section) and is the caller's to keep or drop.
 */
import {
  type DateColumn,
  dateAt,
  dateColumn,
  type IdColumn,
  idAt,
  idColumn,
  indexOfId,
  type TitleColumn,
  titleAt,
  titleColumn,
} from './columns'
import type { Story, StoryHeadline } from './model'

/**
 * What a row, Home's focus memory, the breaking banner and Up next read of a section's stories: a read-only
 * part of an array's interface, so a plain `StoryHeadline[]` (Continue reading's row, tests) is one too.
 */
export interface HeadlineList extends Iterable<StoryHeadline> {
  readonly length: number
  /** Like `Array.prototype.at`: a negative index counts from the end. */
  at(index: number): StoryHeadline | undefined
  find(predicate: (story: StoryHeadline, index: number) => boolean): StoryHeadline | undefined
  findIndex(predicate: (story: StoryHeadline, index: number) => boolean): number
  some(predicate: (story: StoryHeadline, index: number) => boolean): boolean
  map<U>(transform: (story: StoryHeadline, index: number) => U): U[]
}

/** One value a story, or `undefined` when every story has the lead's (a section's id, its feed's name). */
function column<T>(stories: readonly Story[], field: (story: Story) => T): readonly T[] | undefined {
  const values = stories.map(field)
  return values.every((value) => value === values[0]) ? undefined : values
}

/** A section's stories: `lead` whole, every story (the lead too) as a headline through `at`. */
export class SectionStories implements HeadlineList {
  readonly length: number
  /** The first story, whole: Home's hero shows its summary. */
  readonly lead: Story | undefined
  private readonly ids: IdColumn
  private readonly titles: TitleColumn
  private readonly published: DateColumn
  /** Only when some story has been updated. */
  private readonly updated: DateColumn | undefined
  private readonly sectionIds: readonly string[] | undefined
  private readonly sources: readonly string[] | undefined
  private readonly images: readonly (string | undefined)[] | undefined
  private readonly dirs: readonly ('rtl' | undefined)[] | undefined

  constructor(stories: readonly Story[]) {
    const lead = stories[0]
    this.length = stories.length
    this.lead = lead
    this.ids = idColumn(
      lead?.sectionId ?? '',
      stories.map((story) => story.id),
    )
    this.titles = titleColumn(stories.map((story) => story.title))
    this.published = dateColumn(stories.map((story) => story.publishedAt))
    this.updated = stories.some((story) => story.updatedAt !== undefined)
      ? dateColumn(stories.map((story) => story.updatedAt))
      : undefined
    this.sectionIds = column(stories, (story) => story.sectionId)
    this.sources = column(stories, (story) => story.source)
    this.images = column(stories, (story) => story.image?.url)
    this.dirs = column(stories, (story) => story.dir)
  }

  /** The lead itself at 0, a new headline object (sharing the stored strings) anywhere else. */
  at(index: number): StoryHeadline | undefined {
    const i = index < 0 ? index + this.length : index
    if (!Number.isInteger(i) || i < 0 || i >= this.length) return undefined
    const lead = this.lead
    if (i === 0 || !lead) return lead
    // The usual fields in one literal: V8 keeps them inside the object (no second property store).
    const headline: StoryHeadline = {
      id: idAt(this.ids, i) ?? '',
      sectionId: this.sectionIds?.[i] ?? lead.sectionId,
      title: titleAt(this.titles, i) ?? '',
      source: this.sources?.[i] ?? lead.source,
      publishedAt: dateAt(this.published, i),
      imageUrl: this.images ? this.images[i] : lead.image?.url,
    }
    const updatedAt = this.updated && dateAt(this.updated, i)
    if (updatedAt !== undefined) headline.updatedAt = updatedAt
    const dir = this.dirs ? this.dirs[i] : lead.dir
    if (dir) headline.dir = dir
    return headline
  }

  /** Where the story with this id is (-1: not in the section), without making a headline. */
  indexOf(id: string): number {
    return indexOfId(this.ids, id)
  }

  [Symbol.iterator](): Iterator<StoryHeadline> {
    return this.map((story) => story)[Symbol.iterator]()
  }

  find(predicate: (story: StoryHeadline, index: number) => boolean): StoryHeadline | undefined {
    const index = this.findIndex(predicate)
    return index < 0 ? undefined : this.at(index)
  }

  findIndex(predicate: (story: StoryHeadline, index: number) => boolean): number {
    for (let i = 0; i < this.length; i++) {
      const story = this.at(i)
      if (story && predicate(story, i)) return i
    }
    return -1
  }

  some(predicate: (story: StoryHeadline, index: number) => boolean): boolean {
    return this.findIndex(predicate) >= 0
  }

  map<U>(transform: (story: StoryHeadline, index: number) => U): U[] {
    const mapped: U[] = []
    for (let i = 0; i < this.length; i++) {
      const story = this.at(i)
      if (story) mapped.push(transform(story, i))
    }
    return mapped
  }
}

export function sectionStories(stories: readonly Story[]): SectionStories {
  return new SectionStories(stories)
}

/**
 * Whether two headlines show the same on a tile (id, title, image, direction): a list hands out a new object
 * each time, so a tile compares what it draws rather than which object it was given.
 */
export function sameHeadline(a: StoryHeadline | undefined, b: StoryHeadline | undefined): boolean {
  if (a === b) return true
  if (!a || !b) return false
  return a.id === b.id && a.title === b.title && a.imageUrl === b.imageUrl && a.dir === b.dir
}
