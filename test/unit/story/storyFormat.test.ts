import { describe, expect, it } from 'vitest'
import type { Story } from '../../../src/data/model'
import { english } from '../../../src/i18n/english'
import {
  bylineText,
  isSummaryOnly,
  metaText,
  nextText,
  pageText,
  publishedText,
} from '../../../src/pages/story/storyFormat'

const NOW = Date.UTC(2026, 10, 25, 12, 0)
const story = (extra: Partial<Story> = {}): Story => ({
  id: 's',
  sectionId: 'top',
  title: 'Title',
  summary: '',
  body: [],
  source: 'Lightwire Sample News',
  ...extra,
})

describe('story texts', () => {
  it('names the author, else the publisher', () => {
    expect(bylineText(story({ byline: 'Mara Okafor' }), english)).toBe('By Mara Okafor')
    expect(bylineText(story(), english)).toBe('Lightwire Sample News')
  })

  it('gives the published time absolute and relative', () => {
    const at = NOW - 2 * 3_600_000
    const text = publishedText(story({ publishedAt: at }), NOW, english, 'UTC')
    expect(text).toBe('25 Nov 2026, 10:00 · 2 h ago')
    expect(publishedText(story(), NOW, english)).toBe('')
    expect(metaText(story({ byline: 'A', publishedAt: at }), NOW, english, 'UTC')).toBe(
      'By A · 25 Nov 2026, 10:00 · 2 h ago',
    )
  })

  it('does not repeat the date for a story older than a week (issue 18)', () => {
    const at = NOW - 10 * 86_400_000
    const text = publishedText(story({ publishedAt: at }), NOW, english, 'UTC')
    expect(text).toBe('15 Nov 2026, 12:00')
    const sixDays = publishedText(story({ publishedAt: NOW - 6 * 86_400_000 }), NOW, english, 'UTC')
    expect(sixDays).toBe('19 Nov 2026, 12:00 · 6 days ago')
  })

  it('always says which page, and how long is left', () => {
    expect(pageText(0, 1, 1, english)).toBe('Page 1 of 1 · 1 min left')
    expect(pageText(1, 5, 4, english)).toBe('Page 2 of 5 · 4 min left')
    expect(pageText(0, 0, 0, english)).toBe('Page 1 of 1')
  })

  it('says what Right opens, or that this is the last story', () => {
    expect(nextText(story({ title: 'Next one' }), 'World', english)).toBe('Next: Next one')
    expect(nextText(undefined, 'World', english)).toBe('Last story in World')
  })
})

describe('isSummaryOnly', () => {
  it('spots a story whose body is missing or is just its summary', () => {
    expect(isSummaryOnly(story({ summary: 'Short.', body: [] }))).toBe(true)
    expect(isSummaryOnly(story({ summary: 'The ferry  sails.', body: ['The ferry sails.'] }))).toBe(true)
    expect(isSummaryOnly(story({ summary: 'The ferry sails tonight.', body: ['The ferry sails…'] }))).toBe(
      true,
    )
    // A summary cut from a one-paragraph story: the body is the full text.
    expect(isSummaryOnly(story({ summary: 'The ferry sails…', body: ['The ferry sails tonight.'] }))).toBe(
      false,
    )
    expect(isSummaryOnly(story({ summary: 'The ferry sails.', body: ['Another text.'] }))).toBe(false)
    expect(isSummaryOnly(story({ summary: 'The ferry sails.', body: ['The ferry sails.', 'More.'] }))).toBe(
      false,
    )
  })
})
