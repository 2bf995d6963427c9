import { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { Button } from '../../ui/Button'
import { Header } from '../../ui/Header'
import { safe, stage, textStyle } from '../../ui/theme'

interface HomeHeaderSpec extends Lightning.Component.TemplateSpec {
  Header: typeof Header
  Updated: object
  Settings: typeof Button
}

const SETTINGS_W = 200
/** Room kept for the clock ("12:45 PM" at title size) and the freshness line, right to left. */
const CLOCK_W = 250
const UPDATED_W = 290

/**
 * Home's header: the shared Header (brand, context, clock) plus the freshness line (`updated`) and the
 * Settings entry (`open-settings`), which is the header's one focusable element. Issue #6 may restyle it.
 */
export class HomeHeader
  extends Lightning.Component<HomeHeaderSpec>
  implements Lightning.Component.ImplementTemplateSpec<HomeHeaderSpec>
{
  static override _template(): Lightning.Component.Template<HomeHeaderSpec> {
    return {
      w: stage.w,
      Header: { type: Header },
      Updated: {
        ...testId('updated'),
        x: safe.title.right - CLOCK_W,
        y: safe.title.y + 10,
        mountX: 1,
        text: { text: '', ...textStyle.label },
      },
      Settings: {
        type: Button,
        x: safe.title.right - CLOCK_W - UPDATED_W - SETTINGS_W,
        y: safe.title.y - 8,
        w: SETTINGS_W,
        label: 'Settings',
        ...testId('open-settings'),
      },
    }
  }

  set context(value: string) {
    this.tag('Header')!.context = value
  }

  set updated(value: string) {
    this.tag('Updated')!.text = { text: value }
  }

  get updated(): string {
    return String(this.tag('Updated')!.text?.text ?? '')
  }

  override _getFocused(): Lightning.Component {
    return this.tag('Settings')!
  }
}
