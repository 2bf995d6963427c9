import { Lightning } from '@lightningjs/sdk'
import { jumpTo } from './jumpTo'
import { absoluteUrl } from './PlaceholderImage'
import { colors, focus, stage } from './theme'

interface BackdropSpec extends Lightning.Component.TemplateSpec {
  Composed: {
    Fill: object
    A: object
    B: object
    Shade: object
  }
}

/** How much of the photo shows through: enough to set the mood, never enough to fight the text. */
const STRENGTH = 0.22
/** Lightning loads no texture for an element at alpha 0: a waiting photo sits at a barely-there alpha. */
const HIDDEN = 0.001
/** The backdrop is composed at this fraction of the screen's resolution and scaled up: it is blurred by design. */
const RESOLUTION = 0.5
const FADE = { duration: focus.duration * 2 }

type Slot = 'A' | 'B'

/**
 * A full-screen, heavily dimmed image of the selected story behind Home's rows, so the screen always echoes
 * what is focused. It cross-fades between images and fades out when there is none. Not focusable.
 *
 * Drawing cost (issue 13): the background colour, the photo and the shade are composed into one opaque
 * texture at half the screen's resolution (`Composed`, a render texture), which Lightning redraws only while
 * a photo is fading, and which each frame draws as one quad scaled up. With no photo the whole backdrop is
 * hidden: the stage's clear colour is the same colour, for free.
 */
export class Backdrop
  extends Lightning.Component<BackdropSpec>
  implements Lightning.Component.ImplementTemplateSpec<BackdropSpec>
{
  private _url: string | undefined
  /** The slot showing (or fading in) the current photo; the other one fades out. */
  private front: Slot = 'A'

  static override _template(): Lightning.Component.Template<BackdropSpec> {
    const w = stage.w * RESOLUTION
    const h = stage.h * RESOLUTION
    const photo = { w, h, alpha: HIDDEN, transitions: { alpha: FADE } }
    return {
      w: stage.w,
      h: stage.h,
      visible: false,
      Composed: {
        w,
        h,
        rtt: true,
        pivot: 0,
        scale: 1 / RESOLUTION,
        Fill: { w, h, rect: true, color: colors.background },
        A: photo,
        B: photo,
        // Darker towards the bottom, where the rows' text sits.
        Shade: { w, h, rect: true, colorTop: 0x660d1117, colorBottom: colors.background },
      },
    }
  }

  override _init(): void {
    for (const slot of ['A', 'B'] as const) {
      const photo = this.photo(slot)
      photo.on('txLoaded', () => {
        if (slot === this.front && this._url) this.crossFade()
      })
      // A broken backdrop is simply no backdrop.
      photo.on('txError', () => {
        if (slot === this.front) this.fadeOut()
      })
      photo.transition('alpha').on('finish', () => this.hideWhenEmpty())
    }
  }

  /** Shows this image (or none). The same URL again changes nothing. */
  set url(value: string | undefined) {
    if (value === this._url) return
    this._url = value
    if (!value) {
      this.fadeOut()
      return
    }
    // The new photo loads into the slot not on screen; the old one stays until the new one can replace it.
    this.front = this.front === 'A' ? 'B' : 'A'
    const next = this.photo(this.front)
    jumpTo(next, 'alpha', HIDDEN)
    next.texture = {
      type: Lightning.textures.ImageTexture,
      src: absoluteUrl(value),
      resizeMode: { type: 'cover', w: stage.w * RESOLUTION, h: stage.h * RESOLUTION },
    }
    this.visible = true
    if (next.texture?.isLoaded()) this.crossFade()
  }

  get url(): string | undefined {
    return this._url
  }

  private photo(slot: Slot): Lightning.Element {
    return this.tag('Composed')!.tag(slot)!
  }

  private crossFade(): void {
    const back: Slot = this.front === 'A' ? 'B' : 'A'
    this.photo(this.front).setSmooth('alpha', STRENGTH)
    this.photo(back).setSmooth('alpha', HIDDEN)
  }

  private fadeOut(): void {
    this.photo('A').setSmooth('alpha', HIDDEN)
    this.photo('B').setSmooth('alpha', HIDDEN)
  }

  /** With no photo showing, the backdrop is plain background: leave it to the clear colour. */
  private hideWhenEmpty(): void {
    const shown = (slot: Slot) => this.photo(slot).alpha > HIDDEN
    if (!shown('A') && !shown('B')) this.visible = false
  }
}
