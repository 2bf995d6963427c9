import { Lightning } from '@lightningjs/sdk'
import { child } from '../../ui/child'
import { localeOf } from '../../ui/localeOf'
import { textStyle } from '../../ui/theme'
import { type AboutInfo, aboutLines } from './aboutText'
import { settingsLayout } from './layout'
import { settingsWords } from './settingsWords'

const { line: LINE, headingLine, headingGap, linesY } = settingsLayout.about
/** Feed lines that fit between the panel's top and the bottom of title-safe. */
const MAX_FEEDS = 3

interface AboutPanelSpec extends Lightning.Component.TemplateSpec {
  Heading: object
  Lines: object
}

/** About: version, platform, last update and feed sources. Read-only; nothing here takes focus. */
export class AboutPanel
  extends Lightning.Component<AboutPanelSpec>
  implements Lightning.Component.ImplementTemplateSpec<AboutPanelSpec>
{
  static override _template(): Lightning.Component.Template<AboutPanelSpec> {
    return {
      Heading: { text: { text: '', ...textStyle.title } },
      Lines: { y: linesY },
    }
  }

  override _init(): void {
    child(this, 'Heading').text = { text: settingsWords(localeOf(this)).about }
  }

  /** The lines on screen, so that a redraw with nothing new (most news updates) changes nothing. */
  private shown = ''

  show(info: AboutInfo): void {
    const locale = localeOf(this)
    const lines = aboutLines(info, new Date(), MAX_FEEDS, locale)
    const key = JSON.stringify(lines)
    if (key === this.shown) return
    this.shown = key
    const style = { ...textStyle.bodyMuted, wordWrapWidth: this.w, maxLines: 1, maxLinesSuffix: '…' }
    const rows = [
      { text: { ...style, text: lines.version, textColor: textStyle.body.textColor } },
      { text: { ...style, text: lines.platform } },
      { text: { ...style, text: lines.quality } },
      { text: { ...style, text: lines.updated } },
      { text: { ...textStyle.labelStrong, text: settingsWords(locale).feeds }, gap: headingGap },
      ...lines.feeds.map((feed) => ({ text: { ...style, text: feed } })),
    ]
    let y = 0
    const placed = rows.map(({ text, gap = 0 }) => {
      y += gap
      const element = { y, text }
      y += text.fontSize === textStyle.labelStrong.fontSize ? headingLine : LINE
      return element
    })
    // The panel's width on its lines' container too: a mirrored (RTL) layout places them from its right edge.
    const container = child(this, 'Lines')
    container.w = this.w
    // Redrawn in place when the number of lines is the same (a new "Feeds updated" time): the lines never
    // leave the screen, not even for a frame.
    const existing = container.children
    if (existing.length !== placed.length) {
      container.children = placed
      return
    }
    for (const [i, line] of existing.entries()) line.patch(placed[i] ?? {})
  }
}
