import { Lightning } from '@lightningjs/sdk'
import { Clock } from './Clock'
import { colors, safe, space, textStyle } from './theme'

interface HeaderSpec extends Lightning.Component.TemplateSpec {
  Mark: object
  Brand: object
  Context: object
  Clock: typeof Clock
}

/** The top bar on every screen: brand on the left, a context line beside it, the clock on the right. */
export class Header
  extends Lightning.Component<HeaderSpec>
  implements Lightning.Component.ImplementTemplateSpec<HeaderSpec>
{
  static override _template(): Lightning.Component.Template<HeaderSpec> {
    return {
      x: safe.title.x,
      y: safe.title.y,
      w: safe.title.right - safe.title.x,
      h: 56,
      Mark: { y: 6, w: 12, h: 44, rect: true, color: colors.accent },
      Brand: {
        x: 12 + space.s,
        text: { text: 'Lightwire', ...textStyle.title },
      },
      Context: {
        x: 260,
        y: 10,
        text: { text: '', ...textStyle.label },
      },
      Clock: { type: Clock, x: safe.title.right - safe.title.x, mountX: 1 },
    }
  }

  set context(value: string) {
    this.tag('Context')!.text = { text: value }
  }
}
