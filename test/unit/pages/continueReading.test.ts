import { describe, expect, it } from 'vitest'
import { sectionStories } from '../../../src/data/headlines'
import type { Story } from '../../../src/data/model'
import type { NewsSnapshot, SectionState } from '../../../src/data/newsStore'
import type { ReadingEntry } from '../../../src/data/readingHistory'
import { english } from '../../../src/i18n/english'
import { CONTINUE_KEY, CONTINUE_MAX, continueReading } from '../../../src/pages/home/continueReading'

const story = (sectionId: string, n: number): Story => ({
  id: `${sectionId}-${n}`,
  sectionId,
  title: `Story ${n}`,
  summary: '',
  body: [],
  source: 'Desk',
})
const section = (id: string, count: number): SectionState => ({
  id,
  title: id,
  stories: sectionStories(Array.from({ length: count }, (_, n) => story(id, n))),
  fetchedAt: 1,
  status: 'ready',
  refreshing: false,
})
const snapshot = (...sections: SectionState[]): NewsSnapshot => ({ sections, updatedAt: 1 })
const left = (storyId: string, page: number, pages: number): ReadingEntry => ({
  storyId,
  sectionId: storyId.split('-')[0] ?? '',
  page,
  pages,
  at: 1,
})

describe('Continue reading', () => {
  it('lists the part-read stories the feeds still carry, in history order, each with its page', () => {
    const row = continueReading(
      snapshot(section('top', 3), section('world', 2)),
      [left('world-1', 2, 5), left('gone-7', 1, 3), left('top-0', 1, 4)],
      english,
    )
    expect(row?.section).toMatchObject({ id: CONTINUE_KEY, title: 'Continue reading', status: 'ready' })
    expect(row?.section.stories.map((item) => item.id)).toEqual(['world-1', 'top-0'])
    expect(row?.labelOf('world-1')).toBe('Page 3 of 5')
    expect(row?.labelOf('top-0')).toBe('Page 2 of 4')
  })

  it('is absent with nothing part-read, or nothing the feeds still carry', () => {
    expect(continueReading(snapshot(section('top', 3)), [], english)).toBeUndefined()
    expect(continueReading(snapshot(section('top', 3)), [left('gone-1', 1, 3)], english)).toBeUndefined()
  })

  it('keeps to its maximum, and stays away when a configured section is called "continue"', () => {
    const many = Array.from({ length: CONTINUE_MAX + 5 }, (_, n) => left(`top-${n}`, 1, 3))
    expect(continueReading(snapshot(section('top', 40)), many, english)?.section.stories).toHaveLength(
      CONTINUE_MAX,
    )
    expect(
      continueReading(snapshot(section('continue', 2)), [left('continue-0', 1, 3)], english),
    ).toBeUndefined()
  })
})
