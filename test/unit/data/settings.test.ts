import { describe, expect, it } from 'vitest'
import shipped from '../../../settings.json'
import { isLoadableUrl, parseSettings } from '../../../src/data/settings'

describe('parseSettings', () => {
  it('reads the shipped settings.json without a warning', () => {
    const settings = parseSettings(shipped)
    expect(settings.warnings).toEqual([])
    expect(settings.appSettings.sections.length).toBeGreaterThanOrEqual(5)
    expect(settings.appSettings.refreshMinutes).toBe(10)
    expect(settings.platformSettings).toMatchObject({ path: './static', inspector: false, proxyUrl: '' })
  })

  it('reads platformSettings.quality (auto by default), warning about an unknown value', () => {
    expect(parseSettings({ appSettings: { sections: [] } }).platformSettings.quality).toBe('auto')
    expect(
      parseSettings({ appSettings: { sections: [] }, platformSettings: { quality: 'low' } }).platformSettings
        .quality,
    ).toBe('low')
    const odd = parseSettings({ appSettings: { sections: [] }, platformSettings: { quality: 'ultra' } })
    expect(odd.platformSettings.quality).toBe('auto')
    expect(odd.warnings.join('\n')).toMatch(/platformSettings.quality must be one of auto, high, low/)
  })

  it('falls back to defaults for anything missing, with a warning instead of a crash', () => {
    const settings = parseSettings('not an object')
    expect(settings.appSettings.sections).toEqual([])
    expect(settings.appSettings.refreshMinutes).toBe(10)
    expect(settings.platformSettings.path).toBe('./static')
    expect(settings.warnings.join('\n')).toMatch(/not an object/)
  })

  it('skips sections with bad ids, duplicate ids or unloadable URLs, keeping the good ones', () => {
    const settings = parseSettings({
      appSettings: {
        sections: [
          { id: 'top', title: 'Top', url: './static/feeds/top.xml' },
          { id: 'Top Stories', title: 'Bad id', url: './x.xml' },
          { id: 'top', title: 'Again', url: './y.xml' },
          { id: 'evil', title: 'Script', url: 'javascript:alert(1)' },
          { id: 'data', title: 'Data', url: 'data:text/xml,<rss/>' },
          { id: 'remote', url: 'https://example.org/feed.xml' },
          42,
        ],
      },
    })
    expect(settings.appSettings.sections).toEqual([
      { id: 'top', title: 'Top', url: './static/feeds/top.xml' },
      { id: 'remote', title: 'remote', url: 'https://example.org/feed.xml' },
    ])
    expect(settings.warnings).toHaveLength(5)
  })

  it('rejects a refresh interval below one minute', () => {
    const settings = parseSettings({ appSettings: { sections: [], refreshMinutes: 0 } })
    expect(settings.appSettings.refreshMinutes).toBe(10)
    expect(settings.warnings.join()).toMatch(/refreshMinutes/)
  })

  it('caps stories per section at 50 unless told otherwise, refusing nonsense', () => {
    expect(parseSettings({ appSettings: { sections: [] } }).appSettings.maxStoriesPerSection).toBe(50)
    expect(
      parseSettings({ appSettings: { sections: [], maxStoriesPerSection: 20 } }).appSettings
        .maxStoriesPerSection,
    ).toBe(20)
    for (const bad of [0, 2.5, 10_000, '30']) {
      const settings = parseSettings({ appSettings: { sections: [], maxStoriesPerSection: bad } })
      expect(settings.appSettings.maxStoriesPerSection).toBe(50)
      expect(settings.warnings.join()).toMatch(/maxStoriesPerSection/)
    }
  })

  it('enables the live channel only with a loadable URL', () => {
    const good = parseSettings({
      appSettings: { sections: [], live: { title: 'Live', url: 'https://x.test/live.m3u8' } },
    })
    expect(good.appSettings.live).toEqual({ title: 'Live', url: 'https://x.test/live.m3u8' })
    const bad = parseSettings({ appSettings: { sections: [], live: { url: 'file:///live.m3u8' } } })
    expect(bad.appSettings.live).toBeUndefined()
    expect(bad.warnings.join()).toMatch(/live/)
  })
})

describe('isLoadableUrl', () => {
  it.each([
    ['https://example.org/a.xml', true],
    ['http://example.org/a.xml', true],
    ['./static/feeds/top.xml', true],
    ['static/feeds/top.xml', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/plain,hi', false],
    ['file:///etc/passwd', false],
    ['//evil.example/feed', false],
  ])('%s → %s', (url, expected) => {
    expect(isLoadableUrl(url)).toBe(expected)
  })
})
