import { Lightning } from '@lightningjs/sdk'
import { colors, focus } from './theme'

/**
 * Lightning loads no texture for an element with alpha 0, so the image waits at a barely-there alpha (it has
 * nothing to draw until it has loaded, and then it fades in).
 */
const LOADING_ALPHA = 0.001

export type ImageState = 'none' | 'loading' | 'loaded' | 'broken'

interface PlaceholderImageSpec extends Lightning.Component.TemplateSpec {
  url: string | undefined
  radius: number[]
  Placeholder: {
    Mark: object
  }
  Image: object
}

/**
 * An image that shows a calm placeholder (surface colour with the brand's accent mark) until it has loaded,
 * and keeps it for good when there is no image or the image is broken: a tile never shows a hole.
 * The image is cropped to fill its box (`cover`), so odd aspect ratios do not distort.
 * Size it with `w`/`h` before setting `url`.
 */
export class PlaceholderImage
  extends Lightning.Component<PlaceholderImageSpec>
  implements Lightning.Component.ImplementTemplateSpec<PlaceholderImageSpec>
{
  private _url: string | undefined
  private _state: ImageState = 'none'

  static override _template(): Lightning.Component.Template<PlaceholderImageSpec> {
    return {
      Placeholder: {
        rect: true,
        color: colors.surface,
        Mark: { rect: true, w: 12, h: 56, color: colors.surfaceHigh, mount: 0.5 },
      },
      Image: { alpha: LOADING_ALPHA },
    }
  }

  override _init(): void {
    const image = this.tag('Image')!
    image.on('txLoaded', () => {
      this._state = 'loaded'
      image.setSmooth('alpha', 1, { duration: focus.duration })
    })
    image.on('txError', () => {
      // A broken image is an ordinary event on the web, not a crash: the placeholder stays.
      this._state = 'broken'
      image.alpha = LOADING_ALPHA
    })
    this.layout()
  }

  override _firstActive(): void {
    this.layout()
  }

  /** Lays the placeholder out to the component's size (called again whenever w/h change). */
  private layout(): void {
    const { w, h } = this
    this.tag('Placeholder')!.patch({ w, h, Mark: { x: w / 2, y: h / 2 } })
    this.tag('Image')!.patch({ w, h })
  }

  /** Corner radii [top-left, top-right, bottom-right, bottom-left], to sit flush in a rounded card. */
  set radius(value: number[]) {
    const shader = { type: Lightning.shaders.RoundedRectangle, radius: value }
    this.tag('Placeholder')!.shader = shader
    this.tag('Image')!.shader = shader
  }

  set url(value: string | undefined) {
    if (value === this._url) return
    this._url = value
    const image = this.tag('Image')!
    image.alpha = LOADING_ALPHA
    this.layout()
    if (!value) {
      this._state = 'none'
      image.texture = null
      return
    }
    this._state = 'loading'
    image.texture = {
      type: Lightning.textures.ImageTexture,
      src: absoluteUrl(value),
      resizeMode: { type: 'cover', w: this.w, h: this.h },
    }
  }

  get url(): string | undefined {
    return this._url
  }

  /** What is on screen: the image, or the placeholder because there is none, it is loading or it broke. */
  get imageState(): ImageState {
    return this._state
  }
}

/**
 * Lightning's image worker (on by default in browsers; main.ts turns it off for the CSP) only accepts absolute
 * URLs, so bundled images (`./static/...`) are resolved against the page first: they load either way. A URL that cannot be parsed is passed on as it is:
 * it then fails to load and the placeholder stays, which is the right outcome for a bad URL.
 */
export function absoluteUrl(url: string): string {
  if (typeof document === 'undefined' || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url
  try {
    return new URL(url, document.baseURI).href
  } catch {
    // Not parseable: handled by loading it as given, which fails into the placeholder (URL.canParse is too
    // new for TV browsers).
    return url
  }
}
