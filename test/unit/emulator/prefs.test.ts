import { describe, expect, it } from 'vitest'
import { buttonForKey } from '../../../emulator/keyboard'
import { cacheKeys } from '../../../emulator/network'
import { applyQuery, DEFAULT_PREFS, parsePrefs } from '../../../emulator/prefs'
import { tvUrl } from '../../../emulator/tvUrl'

describe('emulator preferences', () => {
  it('falls back to the defaults for anything unreadable', () => {
    expect(parsePrefs(null)).toEqual(DEFAULT_PREFS)
    expect(parsePrefs('{not json')).toEqual(DEFAULT_PREFS)
    expect(parsePrefs('{"platform":"ps5","resolution":"4k","fps":"yes","build":"es3"}')).toEqual(
      DEFAULT_PREFS,
    )
    expect(parsePrefs('{"build":"legacy"}')).toEqual({ ...DEFAULT_PREFS, build: 'legacy' })
    expect(
      parsePrefs(
        '{"platform":"webos","resolution":"720p","safeArea":true,"feed":{"url":"https://a.b/r","title":"R"}}',
      ),
    ).toEqual({
      ...DEFAULT_PREFS,
      platform: 'webos',
      resolution: '720p',
      safeArea: true,
      feed: { url: 'https://a.b/r', title: 'R' },
    })
  })

  it('lets the page address override what was stored', () => {
    const query = new URLSearchParams('platform=tizen&resolution=720p&safe-area&fps=0&focus-outline=false')
    expect(applyQuery(DEFAULT_PREFS, query)).toEqual({
      ...DEFAULT_PREFS,
      platform: 'tizen',
      resolution: '720p',
      safeArea: true,
      fps: false,
      focusOutline: false,
    })
    expect(applyQuery(DEFAULT_PREFS, new URLSearchParams('platform=amiga&build=es3'))).toEqual(DEFAULT_PREFS)
    expect(applyQuery(DEFAULT_PREFS, new URLSearchParams('build=legacy')).build).toBe('legacy')
  })
})

describe('voice guidance switch', () => {
  it('is off by default, kept across reloads, and ?guidance turns it on', () => {
    expect(parsePrefs(null).guidance).toBe(false)
    expect(parsePrefs(JSON.stringify({ guidance: true })).guidance).toBe(true)
    expect(applyQuery(parsePrefs(null), new URLSearchParams('guidance')).guidance).toBe(true)
    expect(
      applyQuery(parsePrefs(JSON.stringify({ guidance: true })), new URLSearchParams('guidance=0')).guidance,
    ).toBe(false)
  })

  it("asks the app for guidance with ?guidance=on in the TV's address", () => {
    expect(tvUrl({ platform: 'tizen', resolution: '1080p', guidance: true })).toBe(
      'tv/?platform=tizen&inspector&guidance=on',
    )
    expect(tvUrl({ platform: 'tizen', resolution: '1080p' })).toBe('tv/?platform=tizen&inspector')
  })
})

describe('clearing the app cache', () => {
  it("removes the app's namespace except the viewer's preferences, and nothing else", () => {
    const keys = [
      'com.lightwire.news.feed:top',
      'com.lightwire.news.preferences',
      'com.lightwire.news.guidance',
      'com.lightwire.news.feed:world',
      'com.lightwire.newsletter.x',
      'lightwire-emulator',
    ]
    expect(cacheKeys(keys, 'com.lightwire.news')).toEqual([
      'com.lightwire.news.feed:top',
      'com.lightwire.news.feed:world',
    ])
  })
})

describe('keyboard to remote', () => {
  it('maps keys to buttons and leaves shortcuts to the browser', () => {
    const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
      buttonForKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods })
    expect(key('ArrowRight')).toBe('right')
    expect(key('Backspace')).toBe('back')
    expect(key('Escape')).toBe('back')
    expect(key('M')).toBe('menu')
    expect(key('7')).toBe('7')
    expect(key('r', { ctrlKey: true })).toBeUndefined()
    expect(key('F5')).toBeUndefined()
  })
})
