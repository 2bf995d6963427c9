import { Lightning, Router } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { Button } from '../../ui/Button'
import { Header } from '../../ui/Header'
import { safe, textStyle } from '../../ui/theme'
import type { PageTypeConfig } from '../page'

interface SettingsSpec extends Lightning.Component.TemplateSpec {
  Header: typeof Header
  Title: object
  Done: typeof Button
}

/** Settings (text size, sections, cache, about) arrive with issue #6; for now a way back home. */
export class SettingsPage
  extends Lightning.Component<SettingsSpec, PageTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<SettingsSpec>
{
  static override _template(): Lightning.Component.Template<SettingsSpec> {
    return {
      ...testId('settings'),
      w: 1920,
      h: 1080,
      Header: { type: Header },
      Title: {
        x: safe.title.x,
        y: 260,
        text: { text: 'Settings', ...textStyle.headline },
      },
      Done: { type: Button, x: safe.title.x, y: 400, label: 'Back to Home', ...testId('settings-done') },
    }
  }

  override _getFocused(): Lightning.Component {
    return this.tag('Done')!
  }

  override _handleEnter(): void {
    Router.back()
  }
}
