/**
 * Puts an HLS stream into the SDK VideoPlayer's <video> element: hls.js (Media Source Extensions) when the
 * device supports it, else the browser's own HLS, else nothing (the player reports 'unsupported').
 *
 * hls.js is checked first on purpose: desktop Chromium answers "maybe" to canPlayType('application/
 * vnd.apple.mpegurl') and then fails, and native HLS on TVs reports errors far less precisely.
 *
 * The light build of hls.js (no DRM, subtitles or alternate audio tracks) keeps the lazy chunk ~40% smaller.
 * Captions need the full build: it is imported (its own chunk) only once a viewer turns captions on, and the
 * stream is then reopened with it; its WebVTT cues are drawn by the browser on the <video> element. `enableWorker: false` because the ESM build has no
 * inlined worker: it would need hls.worker.js shipped next to the app via `workerPath`, and the segments of a
 * news stream are small enough to transmux on the main thread (see docs/live.md).
 */
import Hls, { type ErrorData, ErrorDetails, ErrorTypes, type HlsConfig } from 'hls.js/light'
import type { VideoLoader, VideoUnloader } from '../../../platform/video'
import type { FailureReason } from '../logic/playbackStatus'

export type SourceKind = 'hls.js' | 'native' | 'none'

/** A fatal stream failure, already classified for the viewer. */
export interface SourceFailure {
  reason: FailureReason
  /** For logs: hls.js's error detail and HTTP status, if any. */
  detail: string
}

export interface StreamSource {
  kind: SourceKind
  load: VideoLoader
  unload: VideoUnloader
  /** Where the live edge is now (seconds on the media timeline), when known: resuming jumps there. */
  liveEdge(): number | undefined
  /** Shows or hides captions; false when the stream must be reopened for it (the light build is playing). */
  showCaptions(on: boolean): boolean
}

type HlsClass = typeof Hls

/** hls.js retries only briefly: the player's own reconnect policy owns the long view. */
const retry = (maxNumRetry: number) => ({ maxNumRetry, retryDelayMs: 500, maxRetryDelayMs: 2_000 })
const policy = (firstByteMs: number, loadMs: number, retries: number) => ({
  default: {
    maxTimeToFirstByteMs: firstByteMs,
    maxLoadTimeMs: loadMs,
    timeoutRetry: retry(retries),
    errorRetry: retry(retries),
  },
})

export const HLS_CONFIG: Partial<HlsConfig> = {
  enableWorker: false,
  lowLatencyMode: false,
  // Start three segments behind the live edge: enough buffer to ride out a slow segment.
  liveSyncDurationCount: 3,
  backBufferLength: 30,
  maxBufferLength: 30,
  manifestLoadPolicy: policy(8_000, 10_000, 1),
  playlistLoadPolicy: policy(8_000, 10_000, 2),
  fragLoadPolicy: policy(8_000, 20_000, 2),
}

export function classifyHlsError(data: ErrorData): SourceFailure {
  const response = data.response as { code?: number } | undefined
  const status = typeof response?.code === 'number' ? response.code : undefined
  const detail = `${data.details}${status !== undefined ? ` (HTTP ${status})` : ''}`
  if (data.type === ErrorTypes.MEDIA_ERROR || data.type === ErrorTypes.MUX_ERROR)
    return { reason: 'media', detail }
  const playlist =
    data.details === ErrorDetails.MANIFEST_LOAD_ERROR || data.details === ErrorDetails.LEVEL_LOAD_ERROR
  if (playlist && (status === 404 || status === 410)) return { reason: 'not-found', detail }
  return { reason: 'unreachable', detail }
}

const nativeHls = (video: HTMLVideoElement) => video.canPlayType('application/vnd.apple.mpegurl') !== ''

/**
 * One stream source per player. `onFatal` receives failures hls.js cannot recover from by itself; the
 * player then closes and reopens (never `VideoPlayer.reload()`, which would reload the blob: URL).
 */
export function createStreamSource(
  onFatal: (failure: SourceFailure) => void,
  captions: () => boolean = () => false,
): StreamSource {
  let hls: Hls | undefined
  /** The full build, once loaded (captions); the light one otherwise. */
  let full: HlsClass | undefined
  let withCaptions = false
  let media: HTMLVideoElement | undefined
  /** Native HLS (Safari-style) exposes the stream's subtitles as the element's own text tracks. */
  const showNativeTracks = (on: boolean): boolean => {
    for (const track of Array.from(media?.textTracks ?? [])) track.mode = on ? 'showing' : 'hidden'
    return true
  }
  const kind: SourceKind = Hls.isSupported()
    ? 'hls.js'
    : nativeHls(document.createElement('video'))
      ? 'native'
      : 'none'

  const load: VideoLoader = async (url, video) => {
    if (kind === 'none') throw new Error('Neither Media Source Extensions nor native HLS are available')
    media = video
    if (kind === 'native') {
      video.src = url
      video.load()
      return
    }
    withCaptions = captions()
    if (withCaptions) full ??= (await import('hls.js')).default
    const Player = withCaptions && full ? full : Hls
    const instance = new Player(HLS_CONFIG)
    hls = instance
    if (withCaptions) instance.subtitleDisplay = true
    // The channel's first subtitle track, whether or not the playlist marks one as the default.
    instance.on(Hls.Events.SUBTITLE_TRACKS_UPDATED, () => {
      if (withCaptions && instance.subtitleTrack < 0 && instance.subtitleTracks.length > 0)
        instance.subtitleTrack = 0
    })
    instance.on(Hls.Events.ERROR, (_event, data) => {
      if (!data.fatal || hls !== instance) return
      // A media error is often cured by re-creating the MediaSource once; hls.js does that itself.
      if (data.type === ErrorTypes.MEDIA_ERROR && !mediaRecovered.has(instance)) {
        mediaRecovered.add(instance)
        instance.recoverMediaError()
        return
      }
      onFatal(classifyHlsError(data))
    })
    instance.attachMedia(video)
    instance.loadSource(url)
  }

  const unload: VideoUnloader = async (video) => {
    const instance = hls
    hls = undefined
    instance?.destroy()
    video.removeAttribute('src')
    video.load()
  }

  // Instances that already had their one media-error recovery (kept per source, not module-wide).
  const mediaRecovered = new WeakSet<Hls>()

  return {
    kind,
    load,
    unload,
    liveEdge: () => hls?.liveSyncPosition ?? undefined,
    showCaptions(on) {
      if (kind === 'native') return showNativeTracks(on)
      if (!withCaptions || !hls) return !on
      hls.subtitleDisplay = on
      return true
    },
  }
}
