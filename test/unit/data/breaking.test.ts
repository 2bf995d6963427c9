import { describe, expect, it } from 'vitest'
import { BREAKING_SHOWN_CAP, parseBreakingShown, pickBreaking, withShown } from '../../../src/data/breaking'
import { BREAKING_SHOWN_KEY, createBreakingService } from '../../../src/data/breakingService'
import { DEFAULT_BREAKING, parseBreakingSettings } from '../../../src/data/breakingSettings'
import type { Story } from '../../../src/data/model'
import { storyKey } from '../../../src/data/newStories'
import { parseSettings } from '../../../src/data/settings'
import { memoryStore } from '../../../src/data/storage'

const NOW = Date.UTC(2026, 11, 4, 12, 0)
const minutesAgo = (minutes: number) => NOW - minutes * 60_000
const story = (id: string, publishedAt?: number): Story => ({
  id,
  sectionId: 'alerts',
  title: `Story ${id}`,
  summary: '',
  body: [],
  source: 'Test',
  ...(publishedAt === undefined ? {} : { publishedAt }),
})

const pick = (stories: Story[], shown: string[] = [], sectionId = 'alerts') =>
  pickBreaking({
    sections: [{ id: sectionId, stories }],
    breakingSections: new Set(['alerts']),
    now: NOW,
    maxAgeMinutes: 60,
    shown,
  })

describe('breaking news: which story raises the banner', () => {
  it('is the newest story of a breaking section within the age limit', () => {
    expect(
      pick([story('old', minutesAgo(90)), story('a', minutesAgo(30)), story('b', minutesAgo(5))])?.id,
    ).toBe('b')
  })

  it('is none when every story is older than the limit, undated, from the far future, or not breaking', () => {
    expect(pick([story('old', minutesAgo(61))])).toBeUndefined()
    expect(pick([story('undated')])).toBeUndefined()
    expect(pick([story('future', NOW + 60 * 60_000)])).toBeUndefined()
    expect(pick([story('a', minutesAgo(1))], [], 'world')).toBeUndefined()
  })

  it('never shows the same story twice: the next one qualifies instead', () => {
    const stories = [story('a', minutesAgo(10)), story('b', minutesAgo(5))]
    expect(pick(stories, withShown([], 'b'))?.id).toBe('a')
    expect(pick(stories, withShown(withShown([], 'b'), 'a'))).toBeUndefined()
  })

  it('keeps the shown list short', () => {
    let shown: string[] = []
    for (let i = 0; i < BREAKING_SHOWN_CAP + 20; i++) shown = withShown(shown, `s${i}`)
    expect(shown).toHaveLength(BREAKING_SHOWN_CAP)
    expect(shown[0]).toBe(storyKey(`s${BREAKING_SHOWN_CAP + 19}`))
  })
})

describe('breaking news: settings and storage', () => {
  it('reads the operator settings, with defaults and warnings for bad values', () => {
    const warnings: string[] = []
    expect(parseBreakingSettings(undefined, warnings)).toEqual(DEFAULT_BREAKING)
    expect(parseBreakingSettings({ maxAgeMinutes: 15, showSeconds: 8 }, warnings)).toEqual({
      maxAgeMinutes: 15,
      showSeconds: 8,
    })
    expect(warnings).toEqual([])
    expect(parseBreakingSettings({ maxAgeMinutes: -1 }, warnings)).toEqual(DEFAULT_BREAKING)
    expect(warnings).toEqual(['appSettings.breaking.maxAgeMinutes must be a number from 1 to 1440: using 60'])
    const settings = parseSettings({
      appSettings: {
        sections: [
          { id: 'alerts', title: 'Alerts', url: 'a.xml', breaking: true },
          { id: 'world', title: 'World', url: 'w.xml', breaking: 'yes' },
        ],
      },
    })
    expect(settings.appSettings.sections.map((section) => section.breaking)).toEqual([true, undefined])
    expect(settings.appSettings.breaking).toEqual(DEFAULT_BREAKING)
  })

  it('drops a damaged shown list', () => {
    expect(parseBreakingShown(null)).toEqual({ shown: [] })
    expect(parseBreakingShown({ version: 1, shown: ['a'] })).toEqual({ shown: ['a'] })
    expect(parseBreakingShown({ version: 1, shown: [2] }).problem).toBe('damaged list')
    expect(parseBreakingShown([]).problem).toBe('unknown shape or version')
  })

  it('hands a story to the banner once, across restarts, and not at all when the viewer turned banners off', () => {
    const storage = memoryStore()
    let enabled = true
    const make = () =>
      createBreakingService({
        storage,
        settings: DEFAULT_BREAKING,
        breakingSections: new Set(['alerts']),
        clock: () => NOW,
        enabled: () => enabled,
        warn: () => {},
      })
    const snapshot = {
      sections: [{ id: 'alerts', title: 'Alerts', fetchedAt: 1, stories: [story('a', minutesAgo(2))] }],
    }
    const first = make()
    const banners: string[] = []
    first.subscribe((shown) => banners.push(shown.id))
    first.observe(snapshot)
    first.observe(snapshot)
    expect(banners).toEqual(['a'])
    expect(storage.get(BREAKING_SHOWN_KEY)).toEqual({ version: 1, shown: [storyKey('a')] })

    const restarted = make()
    restarted.subscribe((shown) => banners.push(shown.id))
    restarted.observe(snapshot)
    expect(banners).toEqual(['a'])

    enabled = false
    const later = { sections: [{ ...snapshot.sections[0], stories: [story('b', minutesAgo(1))] }] }
    restarted.observe(later as typeof snapshot)
    expect(banners).toEqual(['a'])
    enabled = true
    restarted.observe(later as typeof snapshot)
    expect(banners).toEqual(['a', 'b'])
  })
})
