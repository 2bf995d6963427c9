import { Lightning } from '@lightningjs/sdk'
import type { Story } from '../../data/model'
import { testId } from '../../ui/automation'
import { child } from '../../ui/child'
import { localeOf } from '../../ui/localeOf'
import { PlaceholderImage } from '../../ui/PlaceholderImage'
import { QrCode } from '../../ui/QrCode'
import { roundedBox } from '../../ui/rounded'
import { colors, mark, radius, space, story as storyTheme, textStyle } from '../../ui/theme'
import { storyWords } from './storyWords'

interface StoryRailSpec extends Lightning.Component.TemplateSpec {
  Backdrop: { Box: object; Band: object; Section: object; Brand: object }
  Image: typeof PlaceholderImage
  Caption: object
  Qr: typeof QrCode
  QrTitle: object
  QrHint: object
}

const { w: W, imageH: IMAGE_H, qr: QR } = storyTheme.rail
/** The QR code's foot lines up with the body's last line. */
const QR_Y = storyTheme.bodyBottom - storyTheme.top - QR

/**
 * The reader's left rail: the lead image with its caption (or, without an image, a branded backdrop with
 * the section's name), and at the foot "Read on your phone" with a QR code of the story's web page.
 */
export class StoryRail
  extends Lightning.Component<StoryRailSpec>
  implements Lightning.Component.ImplementTemplateSpec<StoryRailSpec>
{
  static override _template(): Lightning.Component.Template<StoryRailSpec> {
    return {
      w: W,
      Backdrop: {
        w: W,
        h: IMAGE_H,
        // A shared white rounded texture (src/ui/rounded.ts) shaded top to bottom by its vertex colours: no
        // per-frame corner shader, which the section's name would be drawn through too.
        Box: {
          ...roundedBox(W, IMAGE_H, radius.m, colors.surfaceHigh),
          colorTop: colors.surfaceHigh,
          colorBottom: colors.backgroundRaised,
        },
        Band: { x: space.l, y: space.l, w: mark.w, h: mark.h, rect: true, color: colors.accent },
        Section: {
          x: space.l + mark.w + space.s,
          y: space.l,
          text: {
            text: '',
            ...textStyle.title,
            wordWrapWidth: W - 2 * space.l - mark.w - space.s,
            maxLines: 2,
          },
        },
        Brand: {
          x: space.l,
          y: IMAGE_H - space.l - textStyle.label.lineHeight,
          text: { text: 'Lightwire', ...textStyle.labelStrong, textColor: colors.textFaint },
        },
      },
      Image: { type: PlaceholderImage, w: W, h: IMAGE_H },
      Caption: {
        y: IMAGE_H + space.s,
        text: { text: '', ...textStyle.label, wordWrapWidth: W, maxLines: 4, maxLinesSuffix: '…' },
      },
      // Never mirrored in an RTL layout: a QR code is read by a camera, not by a reader of either direction.
      Qr: { type: QrCode, y: QR_Y, size: QR, rtl: false, ...testId('story-qr') },
      // Above the code, full rail width: one short line each, readable from the sofa.
      QrTitle: {
        y: QR_Y - 2 * textStyle.label.lineHeight - space.s,
        text: { text: '', ...textStyle.labelStrong, wordWrapWidth: W },
      },
      QrHint: {
        y: QR_Y - textStyle.label.lineHeight - space.s,
        text: { text: '', ...textStyle.label, wordWrapWidth: W, maxLines: 1 },
      },
    }
  }

  override _init(): void {
    const words = storyWords(localeOf(this))
    child(this, 'QrTitle').text = { text: words.qrTitle }
    child(this, 'QrHint').text = { text: words.qrHint }
  }

  show(story: Story, sectionTitle: string): void {
    const image = story.image?.url
    const hasImage = image !== undefined && image !== ''
    child(this, 'Backdrop').visible = !hasImage
    child(this, 'Backdrop.Section').text = { text: sectionTitle }
    const placeholder = child(this, 'Image')
    placeholder.visible = hasImage
    placeholder.url = hasImage ? image : undefined
    child(this, 'Caption').text = { text: hasImage ? (story.image?.caption ?? '') : '' }
    const qr = child(this, 'Qr')
    qr.url = story.url
    const offered = qr.encoded !== undefined
    child(this, 'QrTitle').visible = offered
    child(this, 'QrHint').visible = offered
  }

  get qr(): QrCode {
    return child(this, 'Qr')
  }
}
