import { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { child } from '../../ui/child'
import { Header } from '../../ui/Header'
import type { Speakable } from '../../ui/speech/speakable'
import { header as headerTheme, space, textStyle } from '../../ui/theme'

interface HomeHeaderSpec extends Lightning.Component.TemplateSpec {
  Header: typeof Header
  Updated: object
}

/**
 * Home's header: the shared Header (brand, context, clock and its Settings entry, `header-settings`, which is
 * the header's one focusable element) plus the freshness line (`updated`) just left of that entry.
 */
export class HomeHeader
  extends Lightning.Component<HomeHeaderSpec>
  implements Lightning.Component.ImplementTemplateSpec<HomeHeaderSpec>
{
  static override _template(): Lightning.Component.Template<HomeHeaderSpec> {
    return {
      Header: { type: Header, settingsEntry: true },
      Updated: { ...testId('updated'), mountX: 1, text: { text: '', ...textStyle.label } },
    }
  }

  override _init(): void {
    // The Settings entry moves with the clock's width (locale): follow it whenever either is re-measured.
    const header = child(this, 'Header')
    const updated = child(this, 'Updated')
    const place = () => {
      const entry = header.settingsButton
      updated.patch({ x: header.x + entry.x - space.m, y: header.y + headerTheme.textY })
    }
    child(header, 'Clock').on('txLoaded', place)
    child(header.settingsButton, 'Label').on('txLoaded', place)
    updated.on('txLoaded', place)
    place()
  }

  set context(value: string) {
    child(this, 'Header').context = value
  }

  set updated(value: string) {
    child(this, 'Updated').text = { text: value }
  }

  get updated(): string {
    return String(child(this, 'Updated').text?.text ?? '')
  }

  /** The freshness line is said when the header takes focus (its Settings entry speaks after it). */
  speech(): Speakable | undefined {
    return this.updated ? { kind: 'status', text: this.updated } : undefined
  }

  override _getFocused(): Lightning.Component {
    return child(this, 'Header').settingsButton
  }
}
