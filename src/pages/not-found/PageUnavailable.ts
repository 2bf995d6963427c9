import { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { child } from '../../ui/child'
import { Header } from '../../ui/Header'
import { localeOf } from '../../ui/localeOf'
import { stage } from '../../ui/theme'
import type { PageTypeConfig } from '../page'
import { GoHomePanel } from './GoHomePanel'

interface PageUnavailableSpec extends Lightning.Component.TemplateSpec {
  Header: typeof Header
  Panel: typeof GoHomePanel
}

/**
 * Shown instead of a page whose code could not be loaded (src/pages/lazyPages.ts): the app's own files were
 * unreachable. Home is already loaded, so that is the way forward.
 */
export class PageUnavailable
  extends Lightning.Component<PageUnavailableSpec, PageTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<PageUnavailableSpec>
{
  static override _template(): Lightning.Component.Template<PageUnavailableSpec> {
    return {
      ...testId('page-unavailable'),
      w: stage.w,
      h: stage.h,
      Header: { type: Header },
      Panel: { type: GoHomePanel },
    }
  }

  override _init(): void {
    const words = localeOf(this).t
    child(this, 'Panel').patch({
      title: words.app.unavailableTitle,
      message: words.app.unavailableMessage,
      action: { label: words.app.goHome, id: 'page-unavailable-home' },
    })
  }

  override _getFocused(): Lightning.Component {
    return child(this, 'Panel')
  }
}
