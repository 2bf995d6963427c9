import { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { Header } from '../../ui/Header'
import { MessagePanel } from '../../ui/MessagePanel'
import { navigateTo } from '../../ui/navigate'
import type { PageTypeConfig } from '../page'

interface NotFoundSpec extends Lightning.Component.TemplateSpec {
  Header: typeof Header
  Panel: typeof MessagePanel
}

/** Any unknown route or story id lands here, with one obvious way forward. */
export class NotFoundPage
  extends Lightning.Component<NotFoundSpec, PageTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<NotFoundSpec>
{
  static override _template(): Lightning.Component.Template<NotFoundSpec> {
    return {
      ...testId('not-found'),
      w: 1920,
      h: 1080,
      Header: { type: Header },
      Panel: {
        type: MessagePanel,
        title: 'We couldn’t find that page',
        message: 'It may have been moved or taken down. The latest stories are on Home.',
        action: { label: 'Go to Home', id: 'not-found-home' },
      },
    }
  }

  override _getFocused(): Lightning.Component {
    return this.tag('Panel')!
  }

  override _handleEnter(): void {
    navigateTo(this, 'home', {}, false)
  }
}
