import { Lightning } from '@lightningjs/sdk'
import type { StoryHeadline } from '../data/model'
import { testId } from './automation'
import { child } from './child'
import { LiveBadge } from './LiveBadge'
import { localeOf } from './localeOf'
import { roundedPanel } from './roundedPanel'
import { colors, breakingBanner as layout, liveBadge, radius, safe, space, textStyle } from './theme'

interface BreakingBannerSpec extends Lightning.Component.TemplateSpec {
  Box: object
  Badge: typeof LiveBadge
  Headline: object
  Hint: object
}

/**
 * The breaking-news banner (`breaking`): over Home, the reader and the live channel, at the foot of
 * title-safe. It never takes focus: the App shows it, opens its story on the red key and hides it on Back or
 * after a while (src/App.ts), and the screen underneath keeps its focus and its keys.
 */
export class BreakingBanner
  extends Lightning.Component<BreakingBannerSpec>
  implements Lightning.Component.ImplementTemplateSpec<BreakingBannerSpec>
{
  private _story: StoryHeadline | undefined

  static override _template(): Lightning.Component.Template<BreakingBannerSpec> {
    const textW = layout.w - layout.headlineX - layout.hintW - space.m
    return {
      ...testId('breaking'),
      x: safe.title.x,
      y: layout.y,
      w: layout.w,
      h: layout.h,
      Box: roundedPanel(layout.w, layout.h, radius.m, colors.backgroundRaised),
      Badge: { type: LiveBadge, x: space.m, y: (layout.h - liveBadge.h) / 2 },
      Headline: {
        ...testId('breaking-headline'),
        x: layout.headlineX,
        y: (layout.h - textStyle.title.lineHeight) / 2,
        text: { text: '', ...textStyle.title, wordWrapWidth: textW, maxLines: 1, maxLinesSuffix: '…' },
      },
      Hint: {
        x: layout.w - space.m,
        mountX: 1,
        y: (layout.h - textStyle.label.lineHeight) / 2,
        text: { text: '', ...textStyle.label, textAlign: 'right', wordWrapWidth: layout.hintW },
      },
    }
  }

  override _init(): void {
    // What the viewer can press: the red key opens the story, Back puts the banner away.
    const { fresh } = localeOf(this).t
    child(this, 'Badge').label = fresh.breaking
    child(this, 'Hint').text = { text: fresh.breakingHint }
  }

  show(story: StoryHeadline): void {
    this._story = story
    child(this, 'Headline').text = { text: story.title }
    this.visible = true
  }

  hide(): void {
    this._story = undefined
    this.visible = false
  }

  /** The story shown, while the banner is up. */
  get story(): StoryHeadline | undefined {
    return this.visible ? this._story : undefined
  }
}
