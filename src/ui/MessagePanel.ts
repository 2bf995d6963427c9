import { Lightning } from '@lightningjs/sdk'
import { setTestId } from './automation'
import { Button } from './Button'
import { child } from './child'
import { message, safe, space, textStyle } from './theme'

interface MessagePanelSpec extends Lightning.Component.TemplateSpec {
  title: string
  message: string
  action: MessagePanelAction
  Title: object
  Message: object
  Action: typeof Button
}

export interface MessagePanelAction {
  label: string
  /** The button's automation id (`retry`, `not-found-home`). */
  id: string
}

const MESSAGE_Y = textStyle.headline.lineHeight + space.m

/** The button's top: under the message's last line (one line until the message's texture says otherwise). */
const actionY = (messageHeight: number) =>
  MESSAGE_Y + Math.max(messageHeight, textStyle.bodyMuted.lineHeight) + space.xl

/**
 * What a screen says when it has nothing else to show: a headline, a sentence or two, and the one button that
 * is the way forward, which takes the focus. Left-aligned at title-safe, a third of the way down, so the
 * not-found screens and Home's error read alike. The button sits under however many lines the message takes.
 */
export class MessagePanel
  extends Lightning.Component<MessagePanelSpec>
  implements Lightning.Component.ImplementTemplateSpec<MessagePanelSpec>
{
  static override _template(): Lightning.Component.Template<MessagePanelSpec> {
    return {
      x: safe.title.x,
      y: message.y,
      Title: {
        text: {
          text: '',
          ...textStyle.headline,
          wordWrapWidth: safe.title.right - safe.title.x,
          maxLines: 2,
        },
      },
      Message: {
        y: MESSAGE_Y,
        text: { text: '', ...textStyle.bodyMuted, wordWrapWidth: 1200, maxLines: 4 },
      },
      Action: { type: Button, y: actionY(0), label: '' },
    }
  }

  override _init(): void {
    child(this, 'Message').on('txLoaded', () => this.layout())
  }

  set title(value: string) {
    child(this, 'Title').text = { text: value }
  }

  set message(value: string) {
    child(this, 'Message').text = { text: value }
  }

  set action(value: MessagePanelAction) {
    const button = child(this, 'Action')
    button.label = value.label
    setTestId(button, value.id)
  }

  override _getFocused(): Lightning.Component {
    return child(this, 'Action')
  }

  private layout(): void {
    child(this, 'Action').y = actionY(child(this, 'Message').renderHeight)
  }
}
