import { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { child } from '../../ui/child'
import { Header } from '../../ui/Header'
import { localeOf } from '../../ui/localeOf'
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
      Panel: { type: GoHomePanel },
    }
  }

  override _init(): void {
    const words = localeOf(this).t
    child(this, 'Panel').patch({
      title: words.app.notFoundTitle,
      message: words.app.notFoundMessage,
      action: { label: words.app.goHome, id: 'not-found-home' },
    })
  }

  override _getFocused(): Lightning.Component {
    return child(this, 'Panel')
  }
}
