import { Lightning } from '@lightningjs/sdk'
import { colors, focus, radius, space, textStyle } from './theme'

interface ButtonSpec extends Lightning.Component.TemplateSpec {
  label: string
  Label: object
}

/**
 * A focusable pill with a text label. Its own testId is what automation reads as `focused="true"`, so give
 * every Button the id of the action it performs (`retry`, `exit-no`…).
 */
export class Button
  extends Lightning.Component<ButtonSpec>
  implements Lightning.Component.ImplementTemplateSpec<ButtonSpec>
{
  static override _template(): Lightning.Component.Template<ButtonSpec> {
    return {
      h: 72,
      w: 240,
      rect: true,
      color: colors.surfaceHigh,
      shader: { type: Lightning.shaders.RoundedRectangle, radius: radius.m },
      Label: {
        mountX: 0.5,
        // A line as tall as the button, text centred in it: optically centred whatever the font's metrics.
        text: { text: '', ...textStyle.button, lineHeight: 72, verticalAlign: 'middle' },
      },
    }
  }

  override _init(): void {
    // Grow to fit the label once its texture is measured.
    const label = this.tag('Label')!
    label.on('txLoaded', () => {
      this.w = Math.max(240, label.renderWidth + 2 * space.l)
      label.x = this.w / 2
    })
    label.x = this.w / 2
  }

  set label(value: string) {
    this.tag('Label')!.text = { text: value }
  }

  get label(): string {
    return String(this.tag('Label')!.text?.text ?? '')
  }

  override _focus(): void {
    this.patch({ smooth: { color: colors.accent, scale: focus.scale } })
    this.tag('Label')!.text = { textColor: colors.accentText }
  }

  override _unfocus(): void {
    this.patch({ smooth: { color: colors.surfaceHigh, scale: 1 } })
    this.tag('Label')!.text = { textColor: colors.text }
  }
}
