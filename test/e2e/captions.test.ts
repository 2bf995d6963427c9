/**
 * Captions on the live channel (issue 14): a VOD with a WebVTT subtitle track (made by ffmpeg at test time),
 * Options (M on a keyboard) or OK on `live-captions` turns captions on and off, and the choice is remembered.
 * Captions are drawn by the browser on the <video> element, so what is on screen is read from its text tracks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStreamServer, type StreamServer } from './harness/stream'
import { useTv } from './harness/suite'
import type { Tv } from './harness/tv'
import { isShown, settingsWithLive, waitForPlaying, waitUntil } from './harness/video'

const LIVE = { title: 'Captioned Live', url: './stream/captioned/master.m3u8' }

/** The caption text the <video> shows now: the active cues of its text tracks in 'showing' mode. */
function shownCaptions(tv: Tv): Promise<string[]> {
  return tv.page.evaluate(() => {
    const video = document.querySelector('video')
    const texts: string[] = []
    for (const track of Array.from(video?.textTracks ?? [])) {
      if (track.mode !== 'showing') continue
      for (const cue of Array.from(track.activeCues ?? [])) if (cue instanceof VTTCue) texts.push(cue.text)
    }
    return texts
  })
}

async function captionsShown(tv: Tv): Promise<void> {
  await waitUntil(
    async () => (await shownCaptions(tv)).some((text) => /Lightwire caption \d+/.test(text)),
    'a caption is shown',
    30_000,
  )
}

describe('live channel: captions', () => {
  const tvs = useTv()
  let stream: StreamServer

  beforeAll(async () => {
    stream = createStreamServer()
    await stream.start()
    await stream.makeCaptionedVod(40)
  })

  afterAll(async () => {
    await stream?.dispose()
  })

  /** The live page on the captioned stream, playing. */
  async function openPlayingLive(): Promise<Tv> {
    const tv = await tvs.open({
      hash: 'live',
      settings: settingsWithLive(LIVE),
      routes: [stream.route],
      waitForFocus: false,
    })
    await tv.waitForFocus('live')
    await waitForPlaying(tv)
    return tv
  }

  it('Options shows captions from the stream’s WebVTT track, then hides them; the choice is remembered', async () => {
    const tv = await openPlayingLive()
    expect(await tv.text('live-captions')).toBe('Captions: Off')
    expect(await shownCaptions(tv)).toEqual([])

    await tv.press('M')
    expect(await tv.text('live-captions')).toBe('Captions: On')
    await captionsShown(tv)
    await tv.screenshot('live-captions-on')

    await tv.press('M')
    expect(await tv.text('live-captions')).toBe('Captions: Off')
    await waitUntil(async () => (await shownCaptions(tv)).length === 0, 'captions are hidden')
    await tv.page.waitForTimeout(2_500)
    expect(await shownCaptions(tv)).toEqual([])
    await tv.screenshot('live-captions-off')

    // On again, then a restart: captions come back by themselves.
    await tv.press('M')
    await captionsShown(tv)
    await tv.page.reload()
    await tv.waitForFocus('live')
    // The remembered choice is read from the speech chunk, which loads with the page.
    await waitUntil(async () => (await tv.text('live-captions')) === 'Captions: On', 'the control says On')
    await captionsShown(tv)
    expect(tv.errors.filter((error) => error.startsWith('pageerror'))).toEqual([])
  })

  it('the on-screen control: Right reaches live-captions, OK turns captions on, Left goes back to the picture', async () => {
    const tv = await openPlayingLive()
    await tv.press('Right')
    expect(await tv.focusedId()).toBe('live-captions')
    await tv.press('Enter')
    await captionsShown(tv)
    await tv.screenshot('live-captions-control')
    await tv.press('Left')
    expect(await tv.focusedId()).toBe('live')
    // Once the overlay fades, the caption is on the bare picture (the screenshot a reviewer looks at).
    await waitUntil(async () => !(await isShown(tv, 'live-overlay')), 'the overlay fades', 30_000)
    await captionsShown(tv)
    await tv.screenshot('live-captions-clear')
  })
})
