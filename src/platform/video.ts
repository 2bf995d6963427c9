/**
 * The typed doorway to the SDK's VideoPlayer plugin, which the SDK types as `any`. It is a sibling of
 * sdk.ts rather than part of it because sdk.ts is in the start-up bundle and this file must not be: only
 * the lazily loaded live player imports it, so neither the VideoPlayer plugin nor hls.js cost Home anything.
 *
 * The SDK plugin is a page-wide singleton around one <video> element it appends to <body>. This wrapper
 * adds what a Lightning app on a transparent stage needs: the video fills the same 16:9 box as the canvas
 * (letterboxed like it), sits under the canvas, and reports its events to one typed listener.
 */
import { VideoPlayer as SdkVideoPlayer } from '@lightningjs/sdk'

/** Puts a stream into the video element (hls.js, or native src); resolves once loading has started. */
export type VideoLoader = (url: string, video: HTMLVideoElement) => Promise<void>
/** Takes it out again, releasing every resource (MediaSource, blob: URL, network). */
export type VideoUnloader = (video: HTMLVideoElement) => Promise<void>

/** The SDK's event names (the media element's events, capitalised) that the live player listens to. */
export type VideoEventName =
  | 'Playing'
  | 'Waiting'
  | 'Pause'
  | 'Play'
  | 'Ended'
  | 'Error'
  | 'TimeUpdate'
  | 'CanPlay'
  | 'Stalled'
  | 'Clear'

export interface VideoEvent {
  name: VideoEventName
  /** For 'Error': what failed (a MediaError, a rejected play() promise's DOMException, a loader error). */
  error?: unknown
}

export interface VideoPlayer {
  readonly element: HTMLVideoElement
  /** Opens `url` through `loader` and starts playing; events go to `listener` until `close()`. */
  open(url: string, listener: (event: VideoEvent) => void): void
  /** Pauses, unloads and hides the video. Never `reload()`: with hls.js the element's src is a blob: URL. */
  close(): void
  play(): void
  pause(): void
  mute(muted: boolean): void
}

/** The parts of the SDK plugin this app uses, as the SDK implements them. */
interface SdkVideoPlayerShape {
  consumer(target: { fire(name: string, ...args: unknown[]): void }): void
  loader(load: (url: string, video: HTMLVideoElement, config: object) => Promise<void>): void
  unloader(unload: (video: HTMLVideoElement) => Promise<void>): void
  open(url: string, config?: object): void
  close(): void
  play(): void
  pause(): void
  mute(muted?: boolean): void
  readonly _videoEl: HTMLVideoElement
}

const KNOWN_EVENTS: ReadonlySet<string> = new Set<VideoEventName>([
  'Playing',
  'Waiting',
  'Pause',
  'Play',
  'Ended',
  'Error',
  'TimeUpdate',
  'CanPlay',
  'Stalled',
  'Clear',
])

const isEventName = (name: unknown): name is VideoEventName =>
  typeof name === 'string' && KNOWN_EVENTS.has(name)

/** Matches main.css's canvas box: full window, 16:9 letterboxed (object-fit), under the canvas. */
function fitUnderCanvas(video: HTMLVideoElement): void {
  Object.assign(video.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: '100vw',
    height: '100vh',
    objectFit: 'contain',
    zIndex: '1',
    background: '#000',
  })
  video.removeAttribute('width')
  video.removeAttribute('height')
  // TV remotes drive the app; the element itself must never take focus or show browser controls.
  video.controls = false
  video.tabIndex = -1
}

export function createVideoPlayer(load: VideoLoader, unload: VideoUnloader): VideoPlayer {
  const sdk: SdkVideoPlayerShape = SdkVideoPlayer
  const element = sdk._videoEl
  fitUnderCanvas(element)
  sdk.loader((url, video) => load(url, video))
  sdk.unloader((video) => unload(video))

  return {
    element,
    open(url, listener) {
      sdk.consumer({
        fire(name, event, args) {
          if (name !== '$videoPlayerEvent' || !isEventName(event)) return
          const detail = args as { event?: unknown; videoElement?: HTMLVideoElement } | undefined
          if (event === 'Error') {
            listener({ name: event, error: detail?.videoElement?.error ?? detail?.event })
          } else {
            listener({ name: event })
          }
        },
      })
      sdk.open(url)
    },
    close() {
      sdk.close()
      sdk.consumer({ fire: () => undefined })
    },
    play: () => sdk.play(),
    pause: () => sdk.pause(),
    mute: (muted) => sdk.mute(muted),
  }
}
