import { describe, expect, it } from 'vitest'
import {
  decodeFeedToken,
  encodeFeedToken,
  extraSection,
  feedTitle,
  feedUrlProblem,
  parseMountPath,
  tvUrl,
} from '../../../emulator/tvUrl'

describe('the emulator TV address', () => {
  it('runs the app with the inspector, the platform hook and the resolution', () => {
    expect(tvUrl({ platform: 'tizen', resolution: '1080p' })).toBe('tv/?platform=tizen&inspector')
    expect(tvUrl({ platform: 'desktop', resolution: '720p', hash: 'story/a1' })).toBe(
      'tv/?platform=desktop&inspector&resolution=720p#story/a1',
    )
  })

  it('carries an extra feed in the path, readable by the server', () => {
    const feed = { url: 'https://example.org/feed?x=1&y=ä', title: 'Nachrichten — Übersicht' }
    const url = tvUrl({ platform: 'webos', resolution: '1080p', feed })
    const match = /^tv\/f\/([A-Za-z0-9_-]+)\/\?platform=webos&inspector$/.exec(url)
    expect(match).not.toBeNull()
    expect(parseMountPath(`/emulator/${url.split('?')[0]}settings.json`)).toEqual({
      rest: '/settings.json',
      feed,
      badToken: false,
      needsSlash: false,
      legacy: false,
    })
    expect(decodeFeedToken(encodeFeedToken(feed))).toEqual(feed)
  })

  it('splits mount paths and flags what cannot be used', () => {
    expect(parseMountPath('/emulator/tv/')).toEqual({
      rest: '/',
      badToken: false,
      needsSlash: false,
      legacy: false,
    })
    expect(parseMountPath('/emulator/tv/assets/a.js')?.rest).toBe('/assets/a.js')
    expect(parseMountPath('/emulator/')).toBeUndefined()
    expect(parseMountPath('/static/feeds/top.xml')).toBeUndefined()
    expect(parseMountPath('/emulator/tv/f/%%%/settings.json')?.badToken).toBe(true)
    const token = encodeFeedToken({ url: 'https://example.org/rss', title: 'T' })
    expect(parseMountPath(`/emulator/tv/f/${token}`)?.needsSlash).toBe(true)
  })

  it('puts the legacy build under tv/legacy/, with or without a feed', () => {
    expect(tvUrl({ platform: 'tizen', resolution: '1080p', build: 'legacy' })).toBe(
      'tv/legacy/?platform=tizen&inspector',
    )
    expect(tvUrl({ platform: 'tizen', resolution: '1080p', build: 'modern' })).toBe(
      'tv/?platform=tizen&inspector',
    )
    expect(parseMountPath('/emulator/tv/legacy/assets/index-legacy-x.js')).toEqual({
      rest: '/assets/index-legacy-x.js',
      badToken: false,
      needsSlash: false,
      legacy: true,
    })
    expect(parseMountPath('/emulator/tv/legacy')).toMatchObject({ needsSlash: true, legacy: true })
    const feed = { url: 'https://example.org/rss', title: 'T' }
    const url = tvUrl({ platform: 'rdk', resolution: '720p', build: 'legacy', feed })
    expect(url).toMatch(/^tv\/legacy\/f\/[A-Za-z0-9_-]+\/\?platform=rdk&inspector&resolution=720p$/)
    expect(parseMountPath(`/emulator/${url.split('?')[0]}settings.json`)).toEqual({
      rest: '/settings.json',
      feed,
      badToken: false,
      needsSlash: false,
      legacy: true,
    })
    // An app path that merely starts with "legacy" is not the switch.
    expect(parseMountPath('/emulator/tv/legacy-start.js')).toMatchObject({
      rest: '/legacy-start.js',
      legacy: false,
    })
  })

  it('rejects tokens that do not hold an http(s) feed', () => {
    const bad = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
    expect(decodeFeedToken(bad({ url: 'javascript:alert(1)', title: 'x' }))).toBeUndefined()
    expect(decodeFeedToken(bad({ url: 'file:///etc/passwd' }))).toBeUndefined()
    expect(decodeFeedToken(bad(['https://example.org']))).toBeUndefined()
    expect(decodeFeedToken('not+base64')).toBeUndefined()
    expect(decodeFeedToken('a'.repeat(5000))).toBeUndefined()
    expect(decodeFeedToken(bad({ url: 'https://example.org/rss' }))).toEqual({
      url: 'https://example.org/rss',
      title: 'My feed · example.org',
    })
  })

  it('checks pasted addresses and titles them', () => {
    expect(feedUrlProblem('https://example.org/rss.xml')).toBeUndefined()
    expect(feedUrlProblem('example.org/rss.xml')).toMatch(/not a web address/)
    expect(feedUrlProblem('ftp://example.org/rss.xml')).toMatch(/Only http\(s\)/)
    expect(feedTitle(' https://news.example.org:8443/rss ')).toBe('My feed · news.example.org:8443')
    expect(feedTitle('https://example.org/rss', '  Our wire  ')).toBe('Our wire')
    expect(feedTitle('https://example.org/rss', 'x'.repeat(100))).toHaveLength(60)
  })

  it('adds the feed as a section read through the same-origin proxy', () => {
    expect(extraSection({ url: 'https://example.org/rss?a=1&b=2', title: 'Mine' })).toEqual({
      id: 'my-feed',
      title: 'Mine',
      url: 'proxy?url=https%3A%2F%2Fexample.org%2Frss%3Fa%3D1%26b%3D2',
    })
  })
})
