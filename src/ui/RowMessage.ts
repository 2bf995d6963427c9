import { Lightning } from '@lightningjs/sdk'
import { testId } from './automation'
import { Button } from './Button'
import { child } from './child'
import { localeOf } from './localeOf'
import { roundedPanel } from './roundedPanel'
import { button, colors, home, radius, space, textStyle } from './theme'

interface RowMessageSpec extends Lightning.Component.TemplateSpec {
  message: string
  Panel: object
  Message: object
  Retry: typeof Button
}

const ROW_MESSAGE_H = home.row.messageH

/**
 * What a row shows when its section failed and nothing is cached: one sentence saying so and a `retry`
 * button, which is what receives focus. The rest of the screen carries on around it.
 */
export class RowMessage
  extends Lightning.Component<RowMessageSpec>
  implements Lightning.Component.ImplementTemplateSpec<RowMessageSpec>
{
  static override _template(): Lightning.Component.Template<RowMessageSpec> {
    return {
      h: ROW_MESSAGE_H,
      Panel: {},
      Message: {
        x: space.l,
        y: space.m,
        text: { text: '', ...textStyle.bodyMuted, maxLines: 1, maxLinesSuffix: '…' },
      },
      Retry: {
        type: Button,
        x: space.l,
        y: ROW_MESSAGE_H - space.m - button.h,
        ...testId('retry'),
      },
    }
  }

  override _init(): void {
    child(this, 'Retry').label = localeOf(this).t.app.retry
  }

  override _firstActive(): void {
    child(this, 'Panel').patch(roundedPanel(this.w, ROW_MESSAGE_H, radius.m, colors.backgroundRaised))
    child(this, 'Message').text = { wordWrapWidth: this.w - 2 * space.l }
  }

  set message(value: string) {
    child(this, 'Message').text = { text: value }
  }

  override _getFocused(): Lightning.Component {
    return child(this, 'Retry')
  }
}
