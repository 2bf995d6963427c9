import { Lightning, Router } from '@lightningjs/sdk'
import type { LiveSettings, SectionSettings } from '../../data/settings'
import { setTestId, testId } from '../../ui/automation'
import { Button } from '../../ui/Button'
import { Header } from '../../ui/Header'
import { LiveTile } from '../../ui/LiveTile'
import { safe, space, textStyle } from '../../ui/theme'
import type { PageTypeConfig } from '../page'

interface HomeSpec extends Lightning.Component.TemplateSpec {
  Header: typeof Header
  Title: object
  Chips: object
  Hint: object
}

/**
 * First screen: brand, clock and the configured sections as focusable chips. Home's carousels replace the
 * chips (issue #4); this page proves the stage, fontFamily, textStyle, focus and keys work end to end.
 */
export class HomePage
  extends Lightning.Component<HomeSpec, PageTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<HomeSpec>
{
  private index = 0
  /** Up from the chips reaches the header's Settings entry; Down comes back. */
  private inHeader = false

  static override _template(): Lightning.Component.Template<HomeSpec> {
    return {
      ...testId('home'),
      w: 1920,
      h: 1080,
      Header: { type: Header, settingsEntry: true },
      Title: {
        x: safe.title.x,
        y: 260,
        text: { text: 'Sections', ...textStyle.headline },
      },
      Chips: { x: safe.title.x, y: 380, flex: { direction: 'row', alignItems: 'center' } },
      Hint: {
        x: safe.title.x,
        y: 820,
        text: {
          text: '← → to move · OK to open · Back to exit',
          ...textStyle.bodyMuted,
        },
      },
    }
  }

  /** The live channel leads the row (issue #8); the real Home hosts LiveTile per docs/live.md. */
  private liveSettings: LiveSettings | undefined

  set live(live: LiveSettings | undefined) {
    this.liveSettings = live
  }

  set sections(sections: readonly SectionSettings[]) {
    const chips = this.tag('Chips')!
    const live = this.liveSettings
      ? [this.stage.c({ type: LiveTile, live: this.liveSettings, flexItem: { marginRight: space.xl } })]
      : []
    chips.children = [
      ...live,
      ...sections.map((section) =>
        setTestId(
          this.stage.c({ type: Button, label: section.title, flexItem: { marginRight: space.m } }) as Button,
          `chip-${section.id}`,
        ),
      ),
    ]
    this.index = Math.min(this.index, Math.max(0, chips.children.length - 1))
  }

  override _init(): void {
    this.tag('Header')!.context = 'Your news, on the big screen'
  }

  private get chips(): Lightning.Element[] {
    return this.tag('Chips')!.children
  }

  override _getFocused(): Lightning.Component | undefined {
    if (this.inHeader) return (this.tag('Header') as Header).settingsButton
    return this.chips[this.index] as Button | undefined
  }

  override _handleUp(): boolean {
    this.inHeader = true
    return true
  }

  override _handleDown(): boolean {
    this.inHeader = false
    return true
  }

  override _handleLeft(): boolean {
    if (this.inHeader || this.index === 0) return this.inHeader
    this.index -= 1
    return true
  }

  override _handleRight(): boolean {
    if (this.inHeader || this.index >= this.chips.length - 1) return this.inHeader
    this.index += 1
    return true
  }

  override _handleEnter(): void {
    // The live tile handles its own OK; the section chips open Settings until Home's carousels land.
    Router.navigate('settings')
  }
}
