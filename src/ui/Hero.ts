import { Lightning } from '@lightningjs/sdk'
import type { Story } from '../data/model'
import { child } from './child'
import { localeOf } from './localeOf'
import { settle } from './motion'
import { PlaceholderImage } from './PlaceholderImage'
import { metaLine, relativeTime } from './relativeTime'
import { focusOutline } from './rounded'
import { roundedPanel } from './roundedPanel'
import { alignedTo, directedText, embedded, uiLine } from './text/directedText'
import { colors, home, radius, safe, space, textStyle } from './theme'

interface HeroSpec extends Lightning.Component.TemplateSpec {
  Outline: object
  Card: {
    Body: object
    Image: typeof PlaceholderImage
    Fade: object
    Section: object
    Headline: object
    Summary: object
    Meta: object
  }
}

const W = safe.title.right - safe.title.x
const { h: H, imageW, textW, pad, seam, fadeW: FADE_W, headlineLineH: HEADLINE_LINE_H } = home.hero

const HEADLINE_MAX_LINES = 3
const SUMMARY_MAX_LINES = 2

/**
 * The featured story at the top of Home: lead image on the right fading into the card, with section,
 * headline (up to 3 lines), summary (2 lines, 1 under a 3-line headline) and relative time on the left. Focusable; the page decides
 * what Enter does. With no story yet it shows its placeholder card, so the layout never jumps.
 * Drawn without shaders, like Tile: ring outline, card colour only beside the photo, corners cut once.
 */
export class Hero
  extends Lightning.Component<HeroSpec>
  implements Lightning.Component.ImplementTemplateSpec<HeroSpec>
{
  private _story: Story | undefined
  private _label = ''
  private _light = false

  static override _template(): Lightning.Component.Template<HeroSpec> {
    return {
      w: W,
      h: H,
      Outline: focusOutline(W, H),
      Card: {
        w: W,
        h: H,
        // The card's colour only where no photo covers it (the fade starts a little inside the photo).
        Body: roundedPanel(W - imageW + seam, H, [radius.m, 0, 0, radius.m], colors.backgroundRaised),
        Image: { type: PlaceholderImage, x: W - imageW, w: imageW, h: H, radius: [0, radius.m, radius.m, 0] },
        // Blends the photo into the card so the headline never sits on a hard edge.
        // Starts a little left of the image so no sliver of photo shows at the seam.
        Fade: {
          x: W - imageW - seam,
          w: FADE_W + seam,
          h: H,
          rect: true,
          colorLeft: colors.backgroundRaised,
          colorRight: colors.transparent,
        },
        Section: {
          x: pad,
          y: pad,
          text: { text: '', ...textStyle.labelStrong, textColor: colors.accent },
        },
        Headline: {
          x: pad,
          y: pad + textStyle.label.lineHeight + space.s,
          text: {
            text: '',
            ...textStyle.headline,
            lineHeight: HEADLINE_LINE_H,
            wordWrapWidth: textW,
            maxLines: HEADLINE_MAX_LINES,
            maxLinesSuffix: '…',
          },
        },
        Summary: {
          x: pad,
          text: {
            text: '',
            ...textStyle.bodyMuted,
            wordWrapWidth: textW,
            maxLines: SUMMARY_MAX_LINES,
            maxLinesSuffix: '…',
          },
        },
        Meta: { x: pad, text: { text: '', ...textStyle.label } },
      },
    }
  }

  override _init(): void {
    this.mirrorDrawnShapes()
    // The summary follows the headline (1–3 lines) and the meta line follows the summary (0–2 lines).
    const card = child(this, 'Card')
    const headline = child(card, 'Headline')
    const summary = child(card, 'Summary')
    const meta = child(card, 'Meta')
    const place = () => {
      // A three-line headline leaves room for one summary line above the meta line, else two.
      const summaryLines = headline.renderHeight > 2 * HEADLINE_LINE_H ? 1 : 2
      if (summary.text && summary.text.maxLines !== summaryLines) summary.text.maxLines = summaryLines
      summary.y = headline.y + headline.renderHeight + space.s
      meta.y = summary.y + (summary.text?.text ? summary.renderHeight + space.s : 0)
    }
    headline.on('txLoaded', place)
    summary.on('txLoaded', place)
  }

  /**
   * Lightning mirrors where things sit in an RTL layout, not what they draw: the card's rounded corners and
   * the photo's fade are drawn for the photo on the right, so with the photo on the left they are turned
   * round here.
   */
  private mirrorDrawnShapes(): void {
    if (localeOf(this).dir !== 'rtl') return
    const card = child(this, 'Card')
    card.patch({
      Body: roundedPanel(W - imageW + seam, H, [0, radius.m, radius.m, 0], colors.backgroundRaised),
      Fade: { colorLeft: colors.transparent, colorRight: colors.backgroundRaised },
    })
    child(card, 'Image').radius = [radius.m, 0, 0, radius.m]
  }

  /** Shows a story; `label` is its section's title. */
  show(story: Story | undefined, label: string, now: number): void {
    const card = child(this, 'Card')
    if (story !== this._story) {
      this._story = story
      child(card, 'Image').url = story?.image?.url
      // A right-to-left story is right-aligned in the text column, whatever the UI language.
      const dir = story?.dir ?? 'ltr'
      child(card, 'Headline').text = directedText(story?.title ?? '', dir, {
        uiDir: localeOf(this).dir,
        style: textStyle.headline,
        width: textW,
        maxLines: HEADLINE_MAX_LINES,
      })
      child(card, 'Summary').text = directedText(story?.summary ?? '', dir, {
        uiDir: localeOf(this).dir,
        style: textStyle.bodyMuted,
        width: textW,
        maxLines: SUMMARY_MAX_LINES,
      })
      child(card, 'Section').text = alignedTo(dir, localeOf(this).dir, textW)
      child(card, 'Meta').text = alignedTo(dir, localeOf(this).dir, textW)
    }
    this._label = label
    child(card, 'Section').text = { text: label.toUpperCase() }
    this.now = now
  }

  get story(): Story | undefined {
    return this._story
  }

  set now(value: number) {
    const story = this._story
    const text = story
      ? metaLine(
          embedded(story.source, localeOf(this).dir),
          relativeTime(story.publishedAt ?? story.updatedAt, value, localeOf(this)),
        )
      : ''
    child(this, 'Card.Meta').text = { text: uiLine(text, localeOf(this).dir) }
  }

  get label(): string {
    return this._label
  }

  /** Light motion (low drawing quality): focus shows at once, the image appears without a fade. */
  set light(value: boolean) {
    this._light = value
    child(this, 'Card.Image').light = value
  }

  override _focus(): void {
    // Outline only: the card keeps its colour so the image's fade stays seamless.
    settle(child(this, 'Outline'), 'alpha', 1, this._light)
  }

  override _unfocus(): void {
    settle(child(this, 'Outline'), 'alpha', 0, this._light)
  }
}
