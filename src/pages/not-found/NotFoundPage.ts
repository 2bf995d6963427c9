import { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { child } from '../../ui/child'
import { Header } from '../../ui/Header'
import { stage } from '../../ui/theme'
import type { PageTypeConfig } from '../page'
import { GoHomePanel } from './GoHomePanel'

interface NotFoundSpec extends Lightning.Component.TemplateSpec {
  Header: typeof Header
  Panel: typeof GoHomePanel
}

/** Any unknown route or story id lands here, with one obvious way forward. */
export class NotFoundPage
  extends Lightning.Component<NotFoundSpec, PageTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<NotFoundSpec>
{
  static override _template(): Lightning.Component.Template<NotFoundSpec> {
    return {
      ...testId('not-found'),
      w: stage.w,
      h: stage.h,
      Header: { type: Header },
      Panel: {
        type: GoHomePanel,
        title: 'We couldn’t find that page',
        message: 'It may have been moved or taken down. The latest stories are on Home.',
        action: { label: 'Go to Home', id: 'not-found-home' },
      },
    }
  }

  override _getFocused(): Lightning.Component {
    return child(this, 'Panel')
  }
}
