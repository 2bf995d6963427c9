import { describe, expect, it } from 'vitest'
import { english } from '../../../src/i18n/english'
import {
  aboutLines,
  describeQuality,
  describeSource,
  formatUpdated,
} from '../../../src/pages/settings/aboutText'

describe('About panel text', () => {
  it('words the drawing quality: the level, and "(auto)" when the device chose it', () => {
    expect(describeQuality({ setting: 'high', level: 'high' }, english)).toBe('High quality')
    expect(describeQuality({ setting: 'auto', level: 'low' }, english)).toBe('Low quality (auto)')
    expect(describeQuality({ setting: 'low', level: 'low' }, english)).toBe('Low quality')
  })

  it('names a feed by its host, or as bundled when it is a relative path', () => {
    expect(describeSource('https://news.example.org/rss.xml', english)).toBe('news.example.org')
    expect(describeSource('http://example.com:8080/feed', english)).toBe('example.com:8080')
    expect(describeSource('./static/feeds/top.xml', english)).toBe('bundled with the app')
  })

  it('says when feeds last arrived: not yet, today, or another day', () => {
    const now = new Date(2025, 2, 14, 18, 0)
    expect(formatUpdated(0, now, english)).toBe('Feeds not updated yet')
    expect(formatUpdated(new Date(2025, 2, 14, 9, 5).getTime(), now, english)).toBe(
      'Feeds updated today at 09:05',
    )
    expect(formatUpdated(new Date(2025, 2, 3, 9, 5).getTime(), now, english)).toBe(
      'Feeds updated 3 Mar at 09:05',
    )
  })

  it('lists at most maxFeeds lines, the last one counting the rest', () => {
    const sources = Array.from({ length: 8 }, (_, i) => ({
      title: `Feed ${i}`,
      url: `https://f${i}.example/`,
    }))
    const lines = aboutLines(
      {
        version: '1.2.3',
        platformName: 'LG webOS',
        quality: { setting: 'auto', level: 'low' },
        updatedAt: 0,
        sources,
      },
      new Date(),
      5,
      english,
    )
    expect(lines.version).toBe('Lightwire 1.2.3')
    expect(lines.platform).toBe('Running on LG webOS')
    expect(lines.quality).toBe('Low quality (auto)')
    expect(lines.feeds).toEqual([
      'Feed 0 · f0.example',
      'Feed 1 · f1.example',
      'Feed 2 · f2.example',
      'Feed 3 · f3.example',
      '…and 4 more',
    ])
    expect(
      aboutLines(
        {
          version: '1',
          platformName: 'x',
          quality: { setting: 'high', level: 'high' },
          updatedAt: 0,
          sources: [],
        },
        new Date(),
        5,
        english,
      ).feeds,
    ).toEqual(['No feeds configured'])
  })
})
