import { Lightning } from '@lightningjs/sdk'
import type { StoryHeadline } from '../../data/model'
import { speechWordsOf } from '../../i18n/speechWords'
import { setTestId } from '../../ui/automation'
import { child } from '../../ui/child'
import { localeOf } from '../../ui/localeOf'
import { PlaceholderImage } from '../../ui/PlaceholderImage'
import { metaLine, relativeTime } from '../../ui/relativeTime'
import { roundedBox } from '../../ui/rounded'
import type { Speakable } from '../../ui/speech/speakable'
import { colors, focus, radius, space, story as storyTheme, textStyle } from '../../ui/theme'
import { storyPageLayout } from './layout'
import { storyWords } from './storyWords'

interface UpNextSpec extends Lightning.Component.TemplateSpec {
  Title: object
  Items: object
}

const W = storyTheme.column.w
const { rowH: ROW_H, thumb, thumbRadius: THUMB_RADIUS } = storyPageLayout.upNext
const { w: THUMB_W, h: THUMB_H } = thumb
const ITEM_H = ROW_H - space.s

/**
 * One related story: thumbnail, headline (2 lines), section and age. Focus lights the row: its background
 * is a shared rounded texture (src/ui/rounded.ts) fading in, not a per-frame corner shader that the text and
 * thumbnail would be drawn through too.
 */
interface UpNextItemSpec extends Lightning.Component.TemplateSpec {
  Box: object
  Thumb: typeof PlaceholderImage
  Headline: object
  Meta: object
}

class UpNextItem
  extends Lightning.Component<UpNextItemSpec>
  implements Lightning.Component.ImplementTemplateSpec<UpNextItemSpec>
{
  static override _template(): Lightning.Component.Template<UpNextItemSpec> {
    return {
      w: W,
      h: ITEM_H,
      Box: roundedBox(W, ITEM_H, radius.m, colors.transparent),
      Thumb: {
        type: PlaceholderImage,
        x: space.s,
        y: (ITEM_H - THUMB_H) / 2,
        w: THUMB_W,
        h: THUMB_H,
        radius: THUMB_RADIUS,
      },
      Headline: {
        x: THUMB_W + 2 * space.s,
        y: space.xs,
        text: {
          text: '',
          ...textStyle.tile,
          wordWrapWidth: W - THUMB_W - 3 * space.s,
          maxLines: 2,
          maxLinesSuffix: '…',
        },
      },
      Meta: {
        x: THUMB_W + 2 * space.s,
        y: ITEM_H - space.xs - textStyle.label.lineHeight,
        text: { text: '', ...textStyle.label },
      },
    }
  }

  /** The related story's headline, for voice guidance. */
  headline = ''

  speech(): Speakable {
    return { kind: 'text', text: this.headline }
  }

  show(story: StoryHeadline, sectionTitle: string, now: number): void {
    this.headline = story.title
    child(this, 'Thumb').url = story.imageUrl
    child(this, 'Headline').text = { text: story.title }
    child(this, 'Meta').text = {
      text: metaLine(sectionTitle, relativeTime(story.publishedAt, now, localeOf(this))),
    }
  }

  override _focus(): void {
    child(this, 'Box').setSmooth('color', colors.surfaceHigh, { duration: focus.duration })
  }

  override _unfocus(): void {
    child(this, 'Box').setSmooth('color', colors.transparent, { duration: focus.duration })
  }
}

/**
 * "Up next" at the end of a story: related stories (src/data/related.ts) as a list. Up/Down move through it
 * (Up from the first returns to the text), OK opens the story. Items are `related-<index>`.
 */
export class UpNext
  extends Lightning.Component<UpNextSpec>
  implements Lightning.Component.ImplementTemplateSpec<UpNextSpec>
{
  private stories: StoryHeadline[] = []
  private index = 0
  onOpen: (story: StoryHeadline) => void = () => undefined
  onExit: () => void = () => undefined

  static override _template(): Lightning.Component.Template<UpNextSpec> {
    return {
      Title: { text: { text: '', ...textStyle.title } },
      Items: { y: textStyle.title.lineHeight + space.m },
    }
  }

  override _init(): void {
    child(this, 'Title').text = { text: storyWords(localeOf(this)).upNext }
  }

  show(stories: StoryHeadline[], sectionTitle: (story: StoryHeadline) => string, now: number): void {
    this.stories = stories
    this.index = 0
    const items = child(this, 'Items')
    items.children = stories.map((_, i) => ({ type: UpNextItem, y: i * ROW_H }))
    items.children.forEach((item, i) => {
      const story = stories[i]
      if (!(item instanceof UpNextItem) || !story) return
      item.show(story, sectionTitle(story), now)
      setTestId(item, `related-${i}`)
    })
  }

  speech(): Speakable {
    return { kind: 'text', text: speechWordsOf(localeOf(this)).upNext }
  }

  get count(): number {
    return this.stories.length
  }

  override _getFocused(): Lightning.Component | undefined {
    const item = child(this, 'Items').children[this.index]
    return item instanceof UpNextItem ? item : undefined
  }

  override _handleUp(): boolean {
    if (this.index === 0) this.onExit()
    else this.index -= 1
    return true
  }

  override _handleDown(): boolean {
    this.index = Math.min(this.stories.length - 1, this.index + 1)
    return true
  }

  override _handleEnter(): boolean {
    const story = this.stories[this.index]
    if (story) this.onOpen(story)
    return true
  }
}
