import { Lightning } from '@lightningjs/sdk'
import { jumpTo } from './jumpTo'
import { absoluteUrl } from './PlaceholderImage'
import { colors, focus, stage } from './theme'

interface BackdropSpec extends Lightning.Component.TemplateSpec {
  Image: object
  Shade: object
}

/** How much of the photo shows through: enough to set the mood, never enough to fight the text. */
const STRENGTH = 0.22

/**
 * A full-screen, heavily dimmed image of the selected story behind Home's rows, so the screen always echoes
 * what is focused. It fades between images and fades out when there is none. Not focusable.
 */
export class Backdrop
  extends Lightning.Component<BackdropSpec>
  implements Lightning.Component.ImplementTemplateSpec<BackdropSpec>
{
  private _url: string | undefined

  static override _template(): Lightning.Component.Template<BackdropSpec> {
    return {
      w: stage.w,
      h: stage.h,
      Image: { w: stage.w, h: stage.h, alpha: 0.001 },
      // Darker towards the bottom and the left, where the rows' text sits.
      Shade: {
        w: stage.w,
        h: stage.h,
        rect: true,
        colorTop: 0x660d1117,
        colorBottom: colors.background,
      },
    }
  }

  override _init(): void {
    const image = this.tag('Image')!
    image.on('txLoaded', () => image.setSmooth('alpha', STRENGTH, { duration: focus.duration * 2 }))
    // A broken backdrop is simply no backdrop.
    image.on('txError', () => image.setSmooth('alpha', 0.001, { duration: focus.duration }))
  }

  /** Shows this image (or none). The same URL again changes nothing. */
  set url(value: string | undefined) {
    if (value === this._url) return
    this._url = value
    const image = this.tag('Image')!
    if (!value) {
      image.setSmooth('alpha', 0.001, { duration: focus.duration * 2 })
      return
    }
    jumpTo(image, 'alpha', 0.001)
    image.texture = {
      type: Lightning.textures.ImageTexture,
      src: absoluteUrl(value),
      resizeMode: { type: 'cover', w: stage.w, h: stage.h },
    }
  }

  get url(): string | undefined {
    return this._url
  }
}
