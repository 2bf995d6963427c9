import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStreamServer, type StreamServer } from './harness/stream'
import { useTv } from './harness/suite'
import type { Tv } from './harness/tv'
import { isShown, settingsWithLive, videoState, waitForPlaying, waitUntil } from './harness/video'

/**
 * The live player keeps playing or says why, whatever the stream does: each fault ends in pictures moving
 * again, or in a clear message whose Retry works once the stream is back. Tuned short (3 s stall, two
 * reconnects half a second apart) so each scenario takes seconds, not minutes.
 */
const LIVE = {
  title: 'Fault Live',
  url: './stream/live/live.m3u8',
  stallSeconds: 3,
  reconnectAttempts: 2,
  reconnectDelaySeconds: 0.5,
}

/** Until the video plays again, pressing Retry whenever the screen offers it. */
async function recover(tv: Tv): Promise<void> {
  const deadline = Date.now() + 45_000
  while (Date.now() < deadline) {
    const focused = (await tv.focusedIds())[0]
    if (focused === 'retry') {
      expect(await tv.text('error')).toMatch(/live stream/i)
      await tv.press('Enter')
    }
    try {
      await waitForPlaying(tv, 4_000)
      expect(await tv.focusedId()).toBe('live')
      return
    } catch {
      // not yet: look again
    }
  }
  throw new Error(`The player did not recover; video: ${JSON.stringify(await videoState(tv))}`)
}

/** The screen says something (reconnecting, buffering, or an error with Retry): never a silent black. */
async function waitForTrouble(tv: Tv, what: string): Promise<string> {
  let said = ''
  await waitUntil(
    async () => {
      if (await isShown(tv, 'error')) said = await tv.text('error')
      else if (await isShown(tv, 'live-status')) said = await tv.text('live-status')
      return said !== ''
    },
    `the screen reports ${what}`,
    30_000,
  )
  return said
}

describe('live channel: faults', () => {
  const tvs = useTv()
  let stream: StreamServer

  beforeAll(async () => {
    stream = createStreamServer()
    await stream.startLive()
  })

  afterAll(async () => {
    await stream?.dispose()
  })

  const openPlayer = async () => {
    const tv = await tvs.open({ settings: settingsWithLive(LIVE), routes: [stream.route] })
    await tv.press('Enter')
    await tv.waitForFocus('live')
    return tv
  }

  it('says the stream cannot be reached when its server is down at start, and Retry plays once it is up', async () => {
    await stream.kill()
    // Home's live tile finds out first and says so, offering to try again instead of opening an error…
    const home = await tvs.open({ settings: settingsWithLive(LIVE), routes: [stream.route] })
    await waitUntil(
      async () => (await home.text('live-tile')).includes('Live channel unavailable · OK to try again'),
      'the tile says the channel is unavailable',
    )
    await home.close()
    // …and the player itself, opened straight at #live, says it cannot be reached and recovers with Retry.
    const tv = await tvs.open({ settings: settingsWithLive(LIVE), routes: [stream.route], hash: 'live' })
    await tv.waitForFocus('retry', 30_000)
    expect(await tv.text('error')).toContain('can’t be reached')
    expect(await videoState(tv)).toMatchObject({ paused: true })
    await tv.screenshot('live-unreachable')
    await stream.start()
    await tv.press('Enter')
    await recover(tv)
  })

  it('reconnects, or offers Retry, when the stream server dies mid-play', async () => {
    await stream.start()
    const tv = await openPlayer()
    await waitForPlaying(tv)
    await stream.kill()
    const said = await waitForTrouble(tv, 'the lost stream')
    expect(said).toMatch(/Reconnecting|Buffering|can’t be reached|stopped/)
    await stream.start()
    await recover(tv)
  })

  it('survives segments answering 404', async () => {
    await stream.start()
    const tv = await openPlayer()
    await waitForPlaying(tv)
    stream.segments404 = true
    try {
      const said = await waitForTrouble(tv, 'the missing segments')
      expect(said).toMatch(/Reconnecting|Buffering|isn’t available|can’t be reached|stopped/)
    } finally {
      stream.segments404 = false
    }
    await recover(tv)
  })

  it('notices a frozen live playlist (encoder stopped) and plays again once it resumes', async () => {
    await stream.start()
    const encoder = await stream.startLive()
    const tv = await openPlayer()
    const warnings: string[] = []
    tv.page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })
    await waitForPlaying(tv)
    encoder.freeze()
    try {
      // hls.js alone would wait for ever: the watchdog must notice and say so.
      await waitUntil(
        async () => warnings.some((text) => text.includes('live stream failed: stalled')),
        'the watchdog reports the stall',
        30_000,
      )
      const said = await waitForTrouble(tv, 'the stopped stream')
      expect(said).toMatch(/has stopped|Buffering|Reconnecting/)
      await tv.screenshot('live-frozen')
    } finally {
      encoder.resume()
    }
    await recover(tv)
    expect(tv.errors).toEqual([])
  })
})
