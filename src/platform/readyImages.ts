/**
 * Images fetched and decoded before the stage needs them, handed to Lightning in the same frame that asks.
 *
 * Lightning loads an image source through `<img>` and gets it back in a later task, so the frame that first
 * shows an element draws it without its picture and the picture waits for the next frame: on a CPU-drawn
 * stage, a whole extra frame of start-up. The live tile's poster, Home's first focus, is known as soon as
 * settings.json is: warmed then, it is usually decoded before Lightning's first frame, and the loader below
 * returns it synchronously (Lightning's texture sources accept a synchronous answer and upload it at once
 * while a frame is being built). Any image not ready yet takes Lightning's normal path.
 */
import type { Lightning } from '@lightningjs/sdk'

/** The part of Lightning's WebPlatform used here (not in its type definitions). */
interface SourceRequest {
  src: string
  hasAlpha: boolean
}
interface LoadedSource {
  source: WarmImage
  renderInfo: { src: string; compressed: boolean }
  hasAlpha: boolean
}
type SourceCallback = (error: string | null, loaded?: LoadedSource) => void
type SourceLoader = (request: SourceRequest, callback: SourceCallback) => (() => void) | undefined
interface ImagePlatform {
  loadSrcTexture: SourceLoader
}

export interface ReadyImages {
  /**
   * Starts fetching and decoding `url` (relative to the page) the way Lightning would ask for it. Resolves
   * once it is decoded, or has failed: never rejects.
   */
  warm(url: string): Promise<void>
  /** Makes the stage take warmed images from here; call right after Launch, before its first frame. */
  install(stage: Lightning.Stage): void
}

/** The parts of an `<img>` used here (tests pass stand-ins: there is no image decoding in Node). */
export type WarmImage = Pick<
  HTMLImageElement,
  'crossOrigin' | 'onload' | 'onerror' | 'src' | 'complete' | 'naturalWidth'
> & { decode?: () => Promise<void> }

export interface ReadyImagesOptions {
  /** What relative URLs resolve against (the page's base URL). */
  baseUrl?: string
  newImage?: () => WarmImage
}

export function createReadyImages(options: ReadyImagesOptions = {}): ReadyImages {
  const { baseUrl = document.baseURI, newImage = () => new Image() } = options
  const absolute = (url: string) => new URL(url, baseUrl).href
  /** Warming and warmed images by absolute URL; an entry leaves once handed over (or failed). */
  const images = new Map<string, WarmImage>()
  return {
    warm(url) {
      const href = absolute(url)
      const image = newImage()
      // As Lightning's loader asks (crossOrigin), so WebGL may upload it.
      image.crossOrigin = 'anonymous'
      const loaded = new Promise<void>((resolve) => {
        image.onload = () => resolve()
        image.onerror = () => {
          images.delete(href)
          resolve()
        }
      })
      image.src = href
      images.set(href, image)
      // decode() (where the engine has it) also finishes decoding, so the upload in the first frame is quick.
      return loaded.then(() => image.decode?.()).catch(() => undefined)
    },
    install(stage) {
      const platform = (stage as unknown as { platform: ImagePlatform }).platform
      const load: SourceLoader = platform.loadSrcTexture.bind(platform)
      platform.loadSrcTexture = (options, callback) => {
        // Nothing left to hand over (the poster went to its frame, or failed): Lightning's own loader from now
        // on, so the rest of the session's image loads pay nothing for this.
        if (images.size === 0) {
          platform.loadSrcTexture = load
          return load(options, callback)
        }
        const href = absolute(options.src)
        const image = images.get(href)
        if (!image?.complete || image.naturalWidth === 0) return load(options, callback)
        images.delete(href)
        callback(null, {
          source: image,
          renderInfo: { src: options.src, compressed: false },
          hasAlpha: options.hasAlpha || /\.png/i.test(options.src),
        })
        return undefined
      }
    },
  }
}
