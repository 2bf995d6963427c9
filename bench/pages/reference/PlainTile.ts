import { Lightning } from '@lightningjs/sdk'
import type { Story } from '../../../src/data/model'
import { english } from '../../../src/i18n/english'
import { metaLine, relativeTime } from '../../../src/ui/relativeTime'
import { tileText } from '../../../src/ui/Tile'
import { colors, focus, home } from '../../../src/ui/theme'
import { APP_ROOT } from './rows'

const { w: W, h: H, imageH } = home.tile

/**
 * A story tile as a plain Lightning page would draw it: a focus border (a white rectangle behind the card,
 * shown when focused), the card's rectangle, the 16:9 image, the headline and the meta line, at the app's
 * sizes, scaled up on focus like the app's. No shader, no rounded corners, no placeholder.
 */
export class PlainTile extends Lightning.Component {
  static override _template(): Lightning.Component.Template {
    const o = focus.outline
    return {
      w: W,
      h: H,
      Border: { x: -o, y: -o, w: W + 2 * o, h: H + 2 * o, rect: true, color: colors.focus, alpha: 0 },
      Card: { w: W, h: H, rect: true, color: colors.backgroundRaised },
      Image: { w: W, h: imageH },
      ...tileText(),
    }
  }

  set story(value: { story: Story; label: string; now: number }) {
    const { story, label, now } = value
    const image = story.image?.url
    this.patch({
      Image: image
        ? {
            texture: {
              type: Lightning.textures.ImageTexture,
              src: new URL(image, APP_ROOT).href,
              resizeMode: { type: 'cover', w: W, h: imageH },
            },
          }
        : {},
      Headline: { text: { text: story.title } },
      Meta: {
        text: { text: metaLine(label, relativeTime(story.publishedAt ?? story.updatedAt, now, english)) },
      },
    })
  }

  override _focus(): void {
    this.patch({ zIndex: 2, smooth: { scale: focus.scale } })
    this.tag('Border').setSmooth('alpha', 1, { duration: focus.duration })
    this.tag('Card').setSmooth('color', colors.surface, { duration: focus.duration })
  }

  override _unfocus(): void {
    this.patch({ zIndex: 0, smooth: { scale: 1 } })
    this.tag('Border').setSmooth('alpha', 0, { duration: focus.duration })
    this.tag('Card').setSmooth('color', colors.backgroundRaised, { duration: focus.duration })
  }
}
