import { Lightning, Router } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { Button } from '../../ui/Button'
import { Header } from '../../ui/Header'
import { safe, textStyle } from '../../ui/theme'
import type { PageTypeConfig } from '../page'

interface NotFoundSpec extends Lightning.Component.TemplateSpec {
  Header: typeof Header
  Title: object
  Message: object
  Home: typeof Button
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
      Title: {
        x: safe.title.x,
        y: 300,
        text: {
          text: 'We couldn’t find that page',
          ...textStyle.headline,
        },
      },
      Message: {
        x: safe.title.x,
        y: 400,
        text: {
          text: 'It may have been moved or taken down. The latest stories are on Home.',
          ...textStyle.bodyMuted,
          wordWrapWidth: 1200,
        },
      },
      Home: { type: Button, x: safe.title.x, y: 520, label: 'Go to Home', ...testId('not-found-home') },
    }
  }

  override _getFocused(): Lightning.Component {
    return this.tag('Home')!
  }

  override _handleEnter(): void {
    Router.navigate('home', {}, false)
  }
}
