/**
 * Keeps one live stream playing, or says why not. Glues together the SDK VideoPlayer (platform/video.ts),
 * the stream source (hls.js or native), the stall watchdog and the reconnect policy, and reports every
 * change as a PlaybackStatus for the page to show.
 *
 * Recovery is always close + open (a fresh hls.js instance and MediaSource), with backoff; after the
 * policy's last attempt the status becomes 'failed' and only the viewer's Retry starts again.
 */
import { log } from '../../../platform/sdk'
import { createVideoPlayer, type VideoEvent, type VideoPlayer } from '../../../platform/video'
import type { FailureReason, PlaybackStatus } from '../logic/playbackStatus'
import { ReconnectPolicy } from '../logic/reconnect'
import { StallWatchdog } from '../logic/stallWatchdog'
import type { LiveTuning } from '../logic/tuning'
import { createStreamSource, type SourceFailure, type StreamSource } from './hlsSource'

export interface LivePlayerOptions {
  url: string
  tuning: LiveTuning
  /** Start without sound (the app was launched straight into the player, nobody asked for sound yet). */
  muted: boolean
  /** Captions shown from the start (the viewer's remembered choice). */
  captions: boolean
  onStatus(status: PlaybackStatus): void
}

export interface LivePlayer {
  readonly status: PlaybackStatus
  /** Play/Pause. Resuming a live stream after a long pause rejoins near the live edge. */
  togglePause(): void
  /** Shows or hides the stream's captions (reopening it when the captions code was not loaded yet). */
  setCaptions(on: boolean): void
  /** Turns the sound on (after a muted start). */
  unmute(): void
  readonly muted: boolean
  /** The viewer's Retry: a fresh start with a full set of reconnect attempts. */
  retry(): void
  /** Stops everything: video closed, timers cleared, no more status reports. */
  destroy(): void
}

/** How often the watchdog looks at the playhead. */
const SAMPLE_MS = 500
/** Resuming more than this far behind the live edge jumps forward to it, seconds. */
const MAX_RESUME_BEHIND = 30

const mediaErrorReason = (error: MediaError): FailureReason =>
  error.code === MediaError.MEDIA_ERR_NETWORK
    ? 'unreachable'
    : error.code === MediaError.MEDIA_ERR_DECODE
      ? 'media'
      : 'not-found'

export function startLivePlayer(options: LivePlayerOptions): LivePlayer {
  const now = () => performance.now()
  const policy = new ReconnectPolicy(options.tuning.backoff)
  const watchdog = new StallWatchdog(options.tuning.stallMs, now())
  let status: PlaybackStatus = { kind: 'connecting' }
  let userPaused = false
  let muted = options.muted
  let destroyed = false
  let opened = false
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined
  /** Failures are reported once per opened stream: hls.js and the element may both complain. */
  let failedThisOpen = false

  let captions = options.captions
  const source: StreamSource = createStreamSource(
    (failure) => fail(failure),
    () => captions,
  )
  const video: VideoPlayer = createVideoPlayer(source.load, source.unload)
  const element = video.element

  const report = (next: PlaybackStatus) => {
    if (destroyed) return
    status = next
    options.onStatus(next)
  }

  const open = () => {
    if (destroyed) return
    if (source.kind === 'none') {
      report({ kind: 'failed', reason: 'unsupported' })
      return
    }
    failedThisOpen = false
    opened = true
    userPaused = false
    watchdog.reset(now())
    element.muted = muted
    video.open(options.url, onVideoEvent)
  }

  const close = () => {
    if (!opened) return
    opened = false
    video.close()
  }

  const fail = (failure: SourceFailure) => {
    if (destroyed || failedThisOpen) return
    failedThisOpen = true
    log.warn(`live stream failed: ${failure.reason} (${failure.detail})`)
    close()
    const decision = policy.failed(now())
    if (decision.action === 'give-up') {
      report({ kind: 'failed', reason: failure.reason })
      return
    }
    report({ kind: 'reconnecting', attempt: decision.attempt, of: decision.of, reason: failure.reason })
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined
      open()
    }, decision.delayMs)
  }

  function onVideoEvent(event: VideoEvent): void {
    if (destroyed || !opened) return
    switch (event.name) {
      case 'Playing':
        report({ kind: 'playing', muted })
        break
      case 'Waiting':
      case 'Stalled':
        if (status.kind === 'playing') report({ kind: 'buffering' })
        break
      case 'Pause':
        if (userPaused) report({ kind: 'paused' })
        break
      case 'Ended':
        close()
        report({ kind: 'ended' })
        break
      case 'Error':
        onVideoError(event.error)
        break
      default:
        break
    }
  }

  function onVideoError(error: unknown): void {
    if (error instanceof DOMException && error.name === 'AbortError') return // a newer load/pause won
    if (error instanceof DOMException && error.name === 'NotAllowedError') {
      // The browser refused to start with sound: start muted and let the viewer turn sound on.
      muted = true
      element.muted = true
      video.play()
      return
    }
    if (error instanceof MediaError) {
      fail({ reason: mediaErrorReason(error), detail: `MediaError ${error.code} ${error.message}` })
      return
    }
    fail({ reason: source.kind === 'none' ? 'unsupported' : 'unreachable', detail: String(error) })
  }

  const sample = () => {
    if (destroyed || !opened || status.kind === 'failed' || status.kind === 'ended') return
    const t = now()
    const verdict = watchdog.sample({
      now: t,
      currentTime: element.currentTime,
      expectingPlayback: !userPaused,
    })
    if (userPaused) policy.interrupted()
    else if (status.kind === 'playing' && watchdog.stillFor(t) < SAMPLE_MS * 2) policy.playing(t)
    if (verdict === 'stalled') {
      fail({ reason: 'stalled', detail: `no progress for ${options.tuning.stallMs} ms` })
      return
    }
    // 'Playing' is not re-sent after a silent recovery; moving pictures are the truth.
    if (
      (status.kind === 'buffering' || status.kind === 'connecting') &&
      watchdog.stillFor(t) < SAMPLE_MS * 2
    ) {
      if (!element.paused && element.readyState >= 3) report({ kind: 'playing', muted })
    }
  }
  const sampler = setInterval(sample, SAMPLE_MS)

  report(status)
  open()

  return {
    get status() {
      return status
    },
    get muted() {
      return muted
    },
    togglePause() {
      if (!opened || status.kind === 'failed' || status.kind === 'ended') return
      if (userPaused) {
        userPaused = false
        watchdog.reset(now())
        const edge = source.liveEdge()
        if (edge !== undefined && edge - element.currentTime > MAX_RESUME_BEHIND) element.currentTime = edge
        video.play()
        report(element.readyState >= 3 ? { kind: 'playing', muted } : { kind: 'buffering' })
      } else {
        userPaused = true
        video.pause()
        report({ kind: 'paused' })
      }
    },
    setCaptions(on) {
      captions = on
      if (destroyed || source.showCaptions(on)) return
      close()
      report({ kind: 'connecting' })
      open()
    },
    unmute() {
      muted = false
      element.muted = false
      if (status.kind === 'playing') report({ kind: 'playing', muted })
    },
    retry() {
      if (destroyed) return
      if (reconnectTimer !== undefined) clearTimeout(reconnectTimer)
      reconnectTimer = undefined
      close()
      policy.reset()
      report({ kind: 'connecting' })
      open()
    },
    destroy() {
      if (destroyed) return
      close()
      destroyed = true
      clearInterval(sampler)
      if (reconnectTimer !== undefined) clearTimeout(reconnectTimer)
    },
  }
}
