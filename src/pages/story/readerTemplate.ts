import type { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { colors, safe, story as storyTheme, textStyle } from '../../ui/theme'
import { storyPageLayout } from './layout'
import { StoryBody } from './StoryBody'
import { StoryRail } from './StoryRail'
import { TextSizeControl } from './TextSizeControl'
import { UpNext } from './UpNext'

export interface StoryReaderSpec extends Lightning.Component.TemplateSpec {
  Rail: typeof StoryRail
  Breadcrumb: object
  Headline: object
  Meta: object
  RunningHead: object
  Body: typeof StoryBody
  Notice: object
  UpNext: typeof UpNext
  PageLabel: object
  Next: object
  Hint: object
  TextSize: typeof TextSizeControl
}

const { column, rail, top, footerY } = storyTheme

/** Where the reader's parts sit (1920×1080 coordinates; every text inside title-safe). */
export function readerTemplate(): Lightning.Component.Template<StoryReaderSpec> {
  return {
    ...testId('story-reader'),
    Rail: { type: StoryRail, x: rail.x, y: top },
    Breadcrumb: {
      x: column.x,
      y: top,
      text: { text: '', ...textStyle.labelStrong, textColor: colors.accent },
    },
    Headline: { ...testId('story-title'), x: column.x, text: { text: '', wordWrap: false } },
    Meta: { x: column.x, text: { text: '', ...textStyle.label, wordWrapWidth: column.w, maxLines: 1 } },
    RunningHead: {
      x: column.x,
      y: top,
      text: { text: '', ...textStyle.label, wordWrapWidth: column.w, maxLines: 1, maxLinesSuffix: '…' },
    },
    // The body holds focus while reading: `story` is the text column itself, wholly on screen.
    Body: { type: StoryBody, x: column.x, w: column.w, ...testId('story') },
    Notice: {
      x: column.x,
      text: { text: '', ...textStyle.bodyMuted, wordWrapWidth: column.w },
    },
    UpNext: { type: UpNext, x: column.x, y: top, visible: false },
    PageLabel: {
      ...testId('story-page'),
      x: column.x,
      y: footerY,
      text: { text: '', ...textStyle.labelStrong },
    },
    Next: {
      ...testId('story-next'),
      x: safe.title.right,
      y: footerY,
      mountX: 1,
      text: {
        text: '',
        ...textStyle.label,
        wordWrapWidth: storyPageLayout.nextW,
        maxLines: 1,
        maxLinesSuffix: '…',
      },
    },
    Hint: { x: rail.x, y: footerY, text: { text: '', ...textStyle.label, textColor: colors.textFaint } },
    TextSize: {
      type: TextSizeControl,
      // Left of the header clock, with room for a 12-hour clock ("12:59 PM").
      x: storyPageLayout.textSize.x,
      y: storyPageLayout.textSize.y,
      ...testId('story-text-size'),
    },
  }
}
