/**
 * Notices when live playback has silently stopped. hls.js says nothing when a live playlist stops
 * updating (the encoder froze, a CDN serves a stale copy): the buffer drains, the video waits forever and
 * no error event ever comes. The only reliable signal is the playhead: if it has not moved for `stallMs`
 * while the viewer expects pictures, the stream is stalled and the player should reconnect.
 *
 * Pure: the caller samples the video element (e.g. once a second) and passes the time in; no timers here.
 */

export interface PlaybackSample {
  /** Wall clock, ms (performance.now() or Date.now()). */
  now: number
  /** The video element's currentTime, seconds. */
  currentTime: number
  /** False while the viewer has paused on purpose: a paused playhead is not a stall. */
  expectingPlayback: boolean
}

export type WatchdogVerdict = 'ok' | 'stalled'

/** The playhead must move by more than this (seconds) to count as progress (decoders jitter by a frame). */
const MIN_PROGRESS = 0.05

export class StallWatchdog {
  private lastTime = Number.NaN
  private lastProgressAt: number

  constructor(
    private readonly stallMs: number,
    now: number,
  ) {
    this.lastProgressAt = now
  }

  /** Starts a fresh grace period, e.g. after (re)opening the stream or when the viewer resumes. */
  reset(now: number): void {
    this.lastProgressAt = now
    this.lastTime = Number.NaN
  }

  /**
   * Feeds one sample. Returns 'stalled' once the playhead has been still for `stallMs` while playback is
   * expected; the grace period then restarts, so a caller that keeps sampling gets one verdict per period.
   */
  sample(sample: PlaybackSample): WatchdogVerdict {
    const moved = Number.isNaN(this.lastTime)
      ? false
      : Math.abs(sample.currentTime - this.lastTime) > MIN_PROGRESS
    if (Number.isNaN(this.lastTime) || moved || !sample.expectingPlayback) {
      // First sample, progress, or a deliberate pause: nothing is wrong right now.
      if (moved || !sample.expectingPlayback) this.lastProgressAt = sample.now
      this.lastTime = sample.currentTime
      return 'ok'
    }
    if (sample.now - this.lastProgressAt >= this.stallMs) {
      this.reset(sample.now)
      return 'stalled'
    }
    return 'ok'
  }

  /** Milliseconds since the playhead last moved (or since the last reset). */
  stillFor(now: number): number {
    return now - this.lastProgressAt
  }
}
