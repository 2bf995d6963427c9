import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeLoopChannel } from '../../scripts/make-stream'
import { liveLoop } from '../../server/liveLoop'
import { createStreamServer, type StreamServer } from './harness/stream'
import { useTv } from './harness/suite'
import { isShown, settingsWithLive, videoState, waitForPlaying, waitUntil } from './harness/video'

const LIVE = {
  title: 'Test Live',
  url: './stream/live/live.m3u8',
  poster: './static/images/live-poster.jpg',
  stallSeconds: 4,
  reconnectAttempts: 2,
  reconnectDelaySeconds: 0.5,
}

describe('live channel: playback', () => {
  const tvs = useTv()
  let stream: StreamServer

  beforeAll(async () => {
    stream = createStreamServer()
    await stream.start()
    await Promise.all([stream.startLive(), stream.makeVod(4)])
  })

  afterAll(async () => {
    await stream?.dispose()
  })

  it('leads Home with a live tile that opens the player, plays with an overlay and comes back with Back', async () => {
    const tv = await tvs.open({ settings: settingsWithLive(LIVE), routes: [stream.route] })
    expect(await tv.focusedId()).toBe('live-tile')
    expect(await tv.text('live-tile')).toContain('Test Live')
    expect(await tv.text('live-tile')).toContain('LIVE')
    await waitUntil(
      async () => (await tv.text('live-tile')).includes('Watch now'),
      'the tile has checked the stream',
    )
    await tv.screenshot('live-home-tile')

    await tv.press('Enter')
    await tv.waitForFocus('live')
    const playing = await waitForPlaying(tv)
    expect(playing.readyState).toBeGreaterThanOrEqual(3)
    expect(playing.muted).toBe(false)

    // The overlay shows the channel on opening, and again on any key after it has faded.
    await waitUntil(() => isShown(tv, 'live-overlay').then((shown) => !shown), 'the overlay fades')
    await tv.press('Down')
    expect(await isShown(tv, 'live-overlay')).toBe(true)
    expect(await tv.text('live-overlay')).toContain('Test Live')
    expect(await tv.text('live-overlay')).toContain('LIVE')
    expect(await isShown(tv, 'live-status')).toBe(false)
    expect(await tv.focusedIds()).toEqual(['live'])

    // OK with the overlay up pauses; OK again resumes.
    await tv.press('Enter')
    await waitUntil(async () => (await videoState(tv)).paused, 'the video pauses')
    expect(await tv.text('live-status')).toContain('Paused')
    await tv.press('Enter')
    await waitForPlaying(tv)
    await tv.press('Up')
    await tv.screenshot('live-playing-overlay')

    // Play/Pause (Space on a keyboard) toggles too.
    await tv.press('Space')
    await waitUntil(async () => (await videoState(tv)).paused, 'Play/Pause pauses')
    await tv.press('Space')
    await waitForPlaying(tv)

    await tv.press('Backspace')
    await tv.waitForFocus('live-tile')
    await waitUntil(async () => !(await videoState(tv)).hasSource, 'the video is unloaded')
    // The App's opaque background (the stage's clear colour) is back behind Home: the live page cleared to
    // transparent for the video.
    expect(await tv.page.evaluate(() => window.lightwire?.clearColor()?.[3])).toBe(1)
    expect((await videoState(tv)).display).toBe('none')
    expect(tv.errors).toEqual([])
  })

  it('loads the player code only when the live channel opens', async () => {
    const requests: string[] = []
    const tv = await tvs.open({ settings: settingsWithLive(LIVE), routes: [stream.route] })
    tv.page.on('request', (request) => requests.push(request.url()))
    const scripts = await tv.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.endsWith('.js')),
    )
    expect(scripts.some((name) => /LivePlayer/.test(name))).toBe(false)
    await tv.press('Enter')
    await tv.waitForFocus('live')
    await waitUntil(
      async () => requests.some((url) => /LivePlayer-[\w-]+\.js$/.test(url)),
      'the player chunk loads',
    )
  })

  it('cold-starts on #live without sound, and OK turns the sound on', async () => {
    const tv = await tvs.open({ settings: settingsWithLive(LIVE), routes: [stream.route], hash: 'live' })
    await tv.waitForFocus('live')
    const playing = await waitForPlaying(tv)
    expect(playing.muted).toBe(true)
    expect(await isShown(tv, 'live-sound')).toBe(true)
    await tv.press('Enter')
    await waitUntil(async () => !(await videoState(tv)).muted, 'the sound is on')
    expect(await isShown(tv, 'live-sound')).toBe(false)
    await tv.press('Escape')
    await tv.waitForFocus('live-tile')
  })

  it('says when a broadcast has ended, and Retry plays it again', async () => {
    const tv = await tvs.open({
      settings: settingsWithLive({ ...LIVE, url: './stream/vod/index.m3u8' }),
      routes: [stream.route],
    })
    await tv.press('Enter')
    await waitForPlaying(tv)
    await tv.waitForFocus('retry', 30_000)
    expect(await tv.text('error')).toContain('The broadcast has ended')
    await tv.screenshot('live-ended')
    await tv.press('Enter')
    await tv.waitForFocus('live')
    await waitForPlaying(tv)
  })

  it('shows no live tile without a live channel, and #live says so with a way home', async () => {
    const tv = await tvs.open({ settings: settingsWithLive(undefined), hash: 'live' })
    await tv.waitForFocus('live-home')
    expect(await tv.text('error')).toContain('No live channel is set up')
    await tv.press('Enter')
    await tv.waitForFocus('hero')
    expect(await tv.exists('live-tile')).toBe(false)
  })

  it('says on the tile when the configured stream cannot be had, and OK tries again', async () => {
    const tv = await tvs.open({ settings: settingsWithLive({ ...LIVE, url: './stream/nothing/here.m3u8' }) })
    await waitUntil(
      async () => (await tv.text('live-tile')).includes('Live channel unavailable · OK to try again'),
      'the tile explains',
    )
    await tv.press('Enter')
    await waitUntil(
      async () => (await tv.text('live-tile')).includes('Live channel unavailable'),
      'the tile checked again',
    )
    expect(await tv.focusedId()).toBe('live-tile')
  })

  it('plays the bundled sample channel the way npm start serves it, across loop wraps', async () => {
    // settings.json as shipped (./static/live/channel.m3u8), served by the same loop route as npm start,
    // with a 3 × 1 s loop so the test crosses several discontinuities in a few seconds.
    const dir = mkdtempSync(join(tmpdir(), 'lightwire-loop-'))
    try {
      const channel = await makeLoopChannel(dir, 3, 1)
      const tv = await tvs.open({ routes: [liveLoop(dir, channel, '/static/live/')] })
      await waitUntil(
        async () => (await tv.text('live-tile')).includes('Watch now'),
        'the tile finds the stream',
      )
      await tv.page.waitForTimeout(300)
      await tv.screenshot('live-home-bundled')
      await tv.press('Enter')
      const start = await waitForPlaying(tv)
      await waitForPlaying(tv, 30_000, 4)
      expect((await videoState(tv)).currentTime - start.currentTime).toBeGreaterThan(4)
      await tv.press('Up')
      await tv.page.waitForTimeout(400)
      await tv.screenshot('live-bundled-overlay')
      expect(tv.errors, tv.errors.join('\n')).toEqual([])
      // Stop the player before its segments go away (the harness would close it only after the cleanup below).
      await tv.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
