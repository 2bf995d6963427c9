/**
 * Puts an HLS stream into the SDK VideoPlayer's <video> element: hls.js (Media Source Extensions) when the
 * device supports it, else the browser's own HLS, else nothing (the player reports 'unsupported').
 *
 * hls.js is checked first on purpose: desktop Chromium answers "maybe" to canPlayType('application/
 * vnd.apple.mpegurl') and then fails, and native HLS on TVs reports errors far less precisely.
 *
 * The light build of hls.js (no DRM, subtitles or alternate audio tracks) keeps the lazy chunk ~40% smaller;
 * switch the import to 'hls.js' if a channel needs those. `enableWorker: false` because the ESM build has no
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
}

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
export function createStreamSource(onFatal: (failure: SourceFailure) => void): StreamSource {
  let hls: Hls | undefined
  const kind: SourceKind = Hls.isSupported()
    ? 'hls.js'
    : nativeHls(document.createElement('video'))
      ? 'native'
      : 'none'

  const load: VideoLoader = async (url, video) => {
    if (kind === 'none') throw new Error('Neither Media Source Extensions nor native HLS are available')
    if (kind === 'native') {
      video.src = url
      video.load()
      return
    }
    const instance = new Hls(HLS_CONFIG)
    hls = instance
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
  }
}
