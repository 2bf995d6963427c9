import { Lightning } from '@lightningjs/sdk'
import { sameHeadline } from '../data/headlines'
import type { StoryHeadline } from '../data/model'
import { child } from './child'
import { localeOf } from './localeOf'
import { settle } from './motion'
import { PlaceholderImage } from './PlaceholderImage'
import { metaLine, relativeTime } from './relativeTime'
import { focusOutline, roundedBox } from './rounded'
import { alignedTo, directedText, embedded, uiLine } from './text/directedText'
import { colors, focus, home, radius, textStyle } from './theme'

interface TileSpec extends Lightning.Component.TemplateSpec {
  Outline: object
  Card: {
    Body: object
    Image: typeof PlaceholderImage
    Headline: object
    Meta: object
  }
}

const { w: W, h: H, imageH, pad, headlineLines } = home.tile

/** What a tile shows: a story, the label of its meta line, the time it is relative to, and if it was read. */
export interface TileItem {
  story: StoryHeadline
  label: string
  now: number
  read?: boolean
  /** Came in with a refresh and not seen yet: the meta line leads with "New", in the accent colour. */
  fresh?: boolean
}

/**
 * The tile's headline (up to three lines, ellipsis) and meta line, placed under the 16:9 image. Exported for
 * the bench's plain reference page, which must draw the very same text (bench/pages/reference).
 */
export function tileText(): {
  Headline: Lightning.Element.PatchTemplate
  Meta: Lightning.Element.PatchTemplate
} {
  return {
    Headline: {
      x: pad,
      y: imageH + pad,
      text: {
        text: '',
        ...textStyle.tile,
        wordWrapWidth: W - 2 * pad,
        maxLines: headlineLines,
        maxLinesSuffix: '…',
      },
    },
    Meta: {
      x: pad,
      y: H - pad - textStyle.label.lineHeight,
      text: { text: '', ...textStyle.label, wordWrapWidth: W - 2 * pad, maxLines: 1, maxLinesSuffix: '…' },
    },
  }
}

/**
 * One story in a carousel: 16:9 image (placeholder while loading or broken), headline up to three lines with
 * an ellipsis, and "label · 5 min ago". Focus scales it up, lifts its card and draws a white outline, so the
 * selected tile is unmistakable from across the room.
 *
 * Drawn without shaders (issue 13): the outline is a shared ring texture, the card's colour is a rounded
 * texture under the text only (the image covers the rest), and the image's corners are cut once
 * (PlaceholderImage), so a tile costs a few plain quads a frame and its text is never drawn through a shader.
 */
export class Tile
  extends Lightning.Component<TileSpec>
  implements Lightning.Component.ImplementTemplateSpec<TileSpec>
{
  private _story: StoryHeadline | undefined
  private _label = ''
  private _now = Date.now()
  private _light = false
  private _read = false
  private _fresh = false
  /** 1-based place in the row and the row's length, for voice guidance ("3 of 20"). */
  place = { position: 1, total: 1 }

  static override _template(): Lightning.Component.Template<TileSpec> {
    return {
      w: W,
      h: H,
      Outline: focusOutline(W, H),
      Card: {
        w: W,
        h: H,
        // Only under the text: the image covers the card's top.
        Body: roundedBox(W, H - imageH, [0, 0, radius.m, radius.m], colors.backgroundRaised, 0, imageH),
        Image: { type: PlaceholderImage, w: W, h: imageH, radius: [radius.m, radius.m, 0, 0] },
        ...tileText(),
      },
    }
  }

  /**
   * The story shown; `label` is the section title or source printed in the meta line. A `read` story (the
   * viewer opened it) says so in the meta line, and its headline steps back to the muted colour.
   */
  set item(value: TileItem) {
    // A section hands out a new headline object each time it is asked: compare what the tile draws.
    const changed = !sameHeadline(value.story, this._story)
    const read = value.read === true
    this._fresh = value.fresh === true && !read
    this._story = value.story
    this._label = value.label
    this._now = value.now
    const card = child(this, 'Card')
    if (changed) {
      child(card, 'Image').url = value.story.imageUrl
      // A right-to-left story reads from the right edge, its meta line too, whatever the UI language.
      const dir = value.story.dir ?? 'ltr'
      const width = W - 2 * pad
      child(card, 'Headline').text = directedText(value.story.title, dir, {
        uiDir: localeOf(this).dir,
        style: textStyle.tile,
        width,
        maxLines: headlineLines,
      })
      child(card, 'Meta').text = alignedTo(dir, localeOf(this).dir, width)
    }
    if (changed || read !== this._read) {
      this._read = read
      child(card, 'Headline').text = { textColor: read ? colors.textMuted : textStyle.tile.textColor }
    }
    this.renderMeta()
  }

  /** Whether the tile shows its story as read. */
  get read(): boolean {
    return this._read
  }

  /** Whether the tile marks its story as new. */
  get fresh(): boolean {
    return this._fresh
  }

  get story(): StoryHeadline | undefined {
    return this._story
  }

  /** Refreshes "5 min ago" without touching the image or headline textures. */
  set now(value: number) {
    this._now = value
    this.renderMeta()
  }

  get image(): PlaceholderImage {
    return child(this, 'Card.Image')
  }

  private renderMeta(): void {
    const story = this._story
    const locale = localeOf(this)
    let text = story
      ? metaLine(
          embedded(this._label, locale.dir),
          relativeTime(story.publishedAt ?? story.updatedAt, this._now, locale),
        )
      : ''
    // "Read" or "New" leads the line, where a glance along the row finds it.
    if (story && this._read) text = `${locale.t.fresh.read} · ${text}`
    else if (story && this._fresh) text = `${locale.t.fresh.new} · ${text}`
    child(this, 'Card.Meta').text = {
      text: uiLine(text, locale.dir),
      textColor: this._fresh ? colors.accent : textStyle.label.textColor,
    }
  }

  /** Light motion (low drawing quality): focus shows at once, images appear without a fade. */
  set light(value: boolean) {
    this._light = value
    this.image.light = value
  }

  override _focus(): void {
    this.showFocus(true)
  }

  override _unfocus(): void {
    this.showFocus(false)
  }

  private showFocus(on: boolean): void {
    this.zIndex = on ? 2 : 0
    settle(this, 'scale', on ? focus.scale : 1, this._light)
    settle(child(this, 'Outline'), 'alpha', on ? 1 : 0, this._light)
    settle(child(this, 'Card.Body'), 'color', on ? colors.surface : colors.backgroundRaised, this._light)
  }
}
