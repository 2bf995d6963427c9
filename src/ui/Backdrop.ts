import { Lightning } from '@lightningjs/sdk'
import { child } from './child'
import { jumpTo } from './jumpTo'
import { absoluteUrl } from './PlaceholderImage'
import { colors, focus, home, stage, withAlpha } from './theme'

interface BackdropSpec extends Lightning.Component.TemplateSpec {
  Composed: {
    A: object
    B: object
    Shade: object
    Fade: object
  }
}

/** How much of the photo shows through: enough to set the mood, never enough to fight the text. */
const STRENGTH = 0.22
/** Lightning loads no texture for an element at alpha 0: a waiting photo sits at a barely-there alpha. */
const HIDDEN = 0.001
/** The backdrop is composed at this fraction of the screen's resolution and scaled up: it is blurred by design. */
const RESOLUTION = 0.5
const FADE = { duration: focus.duration * 2 }
/** The shade over the photo: the background colour at 40 % at the top of the screen… */
const SHADE_TOP = colors.backgroundShade
/** …getting darker towards the bottom as it did over the whole screen: its alpha where the band's fade starts. */
const SHADE_AT_FADE = shadeAt((home.backdrop.h - home.backdrop.fade) / stage.h)

type Slot = 'A' | 'B'

/**
 * A heavily dimmed image of the selected story across the top of Home, behind the header and the focused
 * row's title, so the screen always echoes what is focused. It cross-fades between images and fades out when
 * there is none. Not focusable.
 *
 * Drawing cost (issue 13): every pixel of a full-screen layer costs a whole screen of fill on a TV GPU, and
 * under the tiles the photo could not be seen anyway. So the photo is drawn only in the band above the
 * focused row's tiles (`home.backdrop`), with the same shade as before, fading into the background colour
 * just below the tiles' top edge. Colour, photo and shade are composed into one opaque texture at half the
 * screen's resolution (a render texture Lightning redraws only while a photo fades) and drawn as one quad
 * scaled up. With no photo it is hidden: the stage's clear colour is the background.
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
    const h = home.backdrop.h * RESOLUTION
    const fade = home.backdrop.fade * RESOLUTION
    // The photo keeps the screen's proportions (its top part shows in the band), as it did full-screen.
    const photo = { w, h: stage.h * RESOLUTION, alpha: HIDDEN, transitions: { alpha: FADE } }
    return {
      w: stage.w,
      h: home.backdrop.h,
      visible: false,
      Composed: {
        w,
        h,
        rtt: true,
        rect: true,
        color: colors.background,
        pivot: 0,
        scale: 1 / RESOLUTION,
        A: photo,
        B: photo,
        Shade: {
          w,
          h: h - fade,
          rect: true,
          colorTop: SHADE_TOP,
          colorBottom: withAlpha(colors.background, SHADE_AT_FADE),
        },
        Fade: {
          y: h - fade,
          w,
          h: fade,
          rect: true,
          colorTop: withAlpha(colors.background, SHADE_AT_FADE),
          colorBottom: colors.background,
        },
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
    return child(child(this, 'Composed'), slot)
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

/** The full-screen shade's alpha at a fraction `t` of the screen's height (40 % at the top, opaque at the bottom). */
function shadeAt(t: number): number {
  const top = (SHADE_TOP >>> 24) / 255
  return top + (1 - top) * t
}
