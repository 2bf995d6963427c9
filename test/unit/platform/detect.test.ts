import { describe, expect, it } from 'vitest'
import { type DetectionInput, detectPlatform } from '../../../src/platform/detect'

const UA = {
  chrome:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  tizen:
    'Mozilla/5.0 (SMART-TV; LINUX; Tizen 6.0) AppleWebKit/537.36 (KHTML, like Gecko) 76.0.3809.146/6.0 TV Safari/537.36',
  webos:
    'Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.79 Safari/537.36 WebAppManager',
  webosOld:
    'Mozilla/5.0 (Unknown; Linux armv7l) AppleWebKit/537.1+ (KHTML, like Gecko) Safari/537.1+ LG Browser/6.00.00(+mouse+3D+SCREEN+TUNER; LGE; 42LA6600-UA; 04.02.00; 0x00000001;); LG NetCast.TV-2013 webOS.TV-2014',
  firetv:
    'Mozilla/5.0 (Linux; Android 9; AFTKA Build/PS7633.3445N; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36',
  wpe: 'Mozilla/5.0 (Linux; x86_64 GNU/Linux) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.0 Safari/605.1.15 WPE',
  wpeWebKit:
    'Mozilla/5.0 (Linux armv7l) AppleWebKit/605.1.15 (KHTML, like Gecko) WPEWebKit/2.38.6 Safari/605.1.15',
}

const input = (overrides: Partial<DetectionInput> = {}): DetectionInput => ({
  query: new URLSearchParams(),
  userAgent: UA.chrome,
  has: { tizen: false, webOS: false, PalmSystem: false },
  ...overrides,
})

describe('detectPlatform', () => {
  it('is desktop in an ordinary browser', () => {
    expect(detectPlatform(input())).toEqual({ id: 'desktop', reason: 'default' })
  })

  it.each([
    ['tizen', UA.tizen],
    ['webos', UA.webos],
    ['webos', UA.webosOld],
    ['firetv', UA.firetv],
    ['rdk', UA.wpe],
    ['rdk', UA.wpeWebKit],
  ])('recognises %s from its user agent', (id, userAgent) => {
    expect(detectPlatform(input({ userAgent }))).toEqual({ id, reason: 'user-agent' })
  })

  it('trusts the tizen global over the user agent', () => {
    expect(detectPlatform(input({ has: { tizen: true, webOS: false, PalmSystem: false } }))).toEqual({
      id: 'tizen',
      reason: 'global',
    })
  })

  it('recognises webOS from webOS or PalmSystem', () => {
    expect(detectPlatform(input({ has: { tizen: false, webOS: true, PalmSystem: false } })).id).toBe('webos')
    expect(detectPlatform(input({ has: { tizen: false, webOS: false, PalmSystem: true } })).id).toBe('webos')
  })

  it('lets ?platform= override everything (the emulator hook), case-insensitively', () => {
    const forced = detectPlatform(
      input({
        query: new URLSearchParams('platform=WebOS'),
        userAgent: UA.tizen,
        has: { tizen: true, webOS: false, PalmSystem: false },
      }),
    )
    expect(forced).toEqual({ id: 'webos', reason: 'query' })
    for (const id of ['desktop', 'rdk', 'tizen', 'webos', 'firetv']) {
      expect(detectPlatform(input({ query: new URLSearchParams({ platform: id }) })).id).toBe(id)
    }
  })

  it('ignores an unknown ?platform= with a warning and detects instead', () => {
    const result = detectPlatform(
      input({ query: new URLSearchParams('platform=roku'), userAgent: UA.firetv }),
    )
    expect(result.id).toBe('firetv')
    expect(result.warning).toMatch(/roku.*desktop, rdk, tizen, webos, firetv/)
  })
})
