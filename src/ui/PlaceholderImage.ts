import { Lightning } from '@lightningjs/sdk'
import { child } from './child'
import { inView } from './inView'
import { jumpTo } from './jumpTo'
import type { Radii } from './rounded'
import { roundedPanel } from './roundedPanel'
import { colors, focus, mark } from './theme'

/**
 * Lightning loads no texture for an element with alpha 0, so the image waits at a barely-there alpha (it has
 * nothing to draw until it has loaded, and then it fades in).
 */
const LOADING_ALPHA = 0.001

declare module '@lightningjs/core' {
  namespace Component {
    interface FireAncestorsMap {
      /** Whether this image URL already failed this session (App answers from Services.imageFailures). */
      $imageHasFailed(url: string): boolean
      /** This image URL failed to load. */
      $imageFailed(url: string): void
    }
  }
}

export type ImageState = 'none' | 'loading' | 'loaded' | 'broken'

interface PlaceholderImageSpec extends Lightning.Component.TemplateSpec {
  url: string | undefined
  radius: Radii
  Placeholder: {
    Start: object
    Middle: object
    End: object
    Mark: object
  }
  Frame: {
    Image: object
  }
}

/**
 * An image that shows a calm placeholder (surface colour with the brand's accent mark) until it has loaded,
 * and keeps it for good when there is no image or the image is broken: a tile never shows a hole.
 * The image is cropped to fill its box (`cover`), so odd aspect ratios do not distort.
 * Size it with `w`/`h` (and `radius`) before setting `url`.
 *
 * Drawing cost (issue 13): the rounded corners are cut once, not every frame. `Frame` renders to a texture
 * (`rtt`), inside which the image is drawn through the rounded-corner shader; Lightning redraws that texture
 * only when something inside it changes, so each frame draws the finished, cornered image as one plain quad.
 * The placeholder is a rounded panel (ui/roundedPanel.ts: no large texture to draw at start-up), and it is
 * hidden once the image has faded in, so nothing is drawn under a loaded image.
 */
export class PlaceholderImage
  extends Lightning.Component<PlaceholderImageSpec>
  implements Lightning.Component.ImplementTemplateSpec<PlaceholderImageSpec>
{
  private _url: string | undefined
  private _state: ImageState = 'none'
  private _radius: Radii = 0
  /** The size and radii last laid out: a new story's image in the same tile re-lays out nothing. */
  private laidOut = ''
  /** Light motion (low drawing quality): the image appears without a fade. */
  light = false

  static override _template(): Lightning.Component.Template<PlaceholderImageSpec> {
    return {
      // The fill's parts (roundedPanel) first, so the mark is drawn over them.
      Placeholder: {
        Start: {},
        Middle: {},
        End: {},
        Mark: { rect: true, w: mark.w, h: mark.h, color: colors.surfaceHigh, mount: 0.5 },
      },
      Frame: {
        rtt: true,
        alpha: LOADING_ALPHA,
        transitions: { alpha: { duration: focus.duration } },
        Image: {},
      },
    }
  }

  override _init(): void {
    const frame = child(this, 'Frame')
    const image = child(frame, 'Image')
    image.on('txLoaded', () => {
      this._state = 'loaded'
      // Off screen (a tile in a row's overscan) the fade would only cost frames: the image is simply there.
      if (this.light || !inView(this)) {
        jumpTo(frame, 'alpha', 1)
        child(this, 'Placeholder').visible = false
      } else frame.setSmooth('alpha', 1)
    })
    // Once the image covers it, the placeholder would only be drawn for nothing underneath.
    frame.transition('alpha').on('finish', () => {
      if (this._state === 'loaded' && frame.alpha === 1) child(this, 'Placeholder').visible = false
    })
    image.on('txError', () => {
      // A broken image is an ordinary event on the web, not a crash: the placeholder stays, and the URL is
      // not asked for again this session (until a refresh or the network coming back).
      this._state = 'broken'
      this.showPlaceholder()
      if (this._url) this.fireAncestors('$imageFailed', this._url)
    })
    this.layout()
  }

  override _firstActive(): void {
    this.layout()
  }

  /** Lays the placeholder and frame out to the component's size (called again whenever w/h change). */
  private layout(): void {
    const { w, h } = this
    const key = `${w}x${h}:${String(this._radius)}`
    if (!w || !h || key === this.laidOut) return
    this.laidOut = key
    child(this, 'Placeholder').patch({
      ...roundedPanel(w, h, this._radius, colors.surface),
      Mark: { x: w / 2, y: h / 2 },
    })
    child(this, 'Frame').patch({ w, h, Image: { w, h, shader: this.cornerShader() } })
  }

  private cornerShader(): Lightning.Element.PatchTemplate['shader'] {
    const radius = this._radius
    const none = typeof radius === 'number' ? radius === 0 : radius.every((r) => r === 0)
    return none ? null : { type: Lightning.shaders.RoundedRectangle, radius }
  }

  /** Corner radii, e.g. [top-left, top-right, bottom-right, bottom-left] to sit flush in a rounded card. */
  set radius(value: Radii) {
    this._radius = value
    this.layout()
  }

  set url(value: string | undefined) {
    if (value === this._url) return
    this._url = value
    this.layout()
    this.showPlaceholder()
    const image = child(this, 'Frame.Image')
    if (!value) {
      this._state = 'none'
      image.texture = null
      return
    }
    if (this.fireAncestors('$imageHasFailed', value) === true) {
      this._state = 'broken'
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

  private showPlaceholder(): void {
    child(this, 'Placeholder').visible = true
    jumpTo(child(this, 'Frame'), 'alpha', LOADING_ALPHA)
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
