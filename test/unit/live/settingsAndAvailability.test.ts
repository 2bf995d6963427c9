import { describe, expect, it } from 'vitest'
import { checkLiveStream } from '../../../src/data/liveAvailability'
import { parseSettings } from '../../../src/data/settings'

describe('appSettings.live tuning', () => {
  it('accepts reconnect and stall tuning within range', () => {
    const settings = parseSettings({
      appSettings: {
        sections: [],
        live: {
          title: 'L',
          url: './l.m3u8',
          stallSeconds: 4,
          reconnectAttempts: 3,
          reconnectDelaySeconds: 0.5,
        },
      },
    })
    expect(settings.appSettings.live).toEqual({
      title: 'L',
      url: './l.m3u8',
      stallSeconds: 4,
      reconnectAttempts: 3,
      reconnectDelaySeconds: 0.5,
    })
  })

  it('drops out-of-range tuning with a warning and keeps the channel', () => {
    const settings = parseSettings({
      appSettings: { sections: [], live: { url: './l.m3u8', stallSeconds: 0, reconnectAttempts: 'many' } },
    })
    expect(settings.appSettings.live).toEqual({ title: 'Live', url: './l.m3u8' })
    expect(settings.warnings.filter((w) => w.startsWith('appSettings.live.'))).toHaveLength(2)
  })

  it('ignores a poster that is not a loadable URL', () => {
    const settings = parseSettings({
      appSettings: { sections: [], live: { url: './l.m3u8', poster: 'javascript:alert(1)' } },
    })
    expect(settings.appSettings.live?.poster).toBeUndefined()
  })
})

describe('checkLiveStream', () => {
  const answer = (status: number) => async () => ({ ok: status >= 200 && status < 300, status })

  it('calls a stream that answers available', async () => {
    expect(await checkLiveStream('./live.m3u8', answer(200))).toBe('available')
  })

  it('calls a definite 404/410 unavailable, and leaves other errors to the player', async () => {
    expect(await checkLiveStream('./live.m3u8', answer(404))).toBe('unavailable')
    expect(await checkLiveStream('./live.m3u8', answer(410))).toBe('unavailable')
    expect(await checkLiveStream('./live.m3u8', answer(503))).toBe('unknown')
  })

  it('calls a stream that cannot be reached unavailable (the tile offers to try again)', async () => {
    const failing = async () => {
      throw new TypeError('Failed to fetch')
    }
    expect(await checkLiveStream('./live.m3u8', failing)).toBe('unavailable')
  })

  it('never lets the browser reuse a cached answer', async () => {
    let cache: RequestCache | undefined
    await checkLiveStream('./live.m3u8', async (_url, init) => {
      cache = init.cache
      return { ok: true, status: 200 }
    })
    expect(cache).toBe('no-store')
  })
})
