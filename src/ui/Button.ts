import { Lightning } from '@lightningjs/sdk'
import { showButtonFocus } from './buttonFocus'
import { child } from './child'
import { roundedBox } from './rounded'
import { button, radius, space, textStyle } from './theme'

interface ButtonSpec extends Lightning.Component.TemplateSpec {
  label: string
  Box: object
  Label: object
}

const { h: H, minW: MIN_W } = button

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
      h: H,
      w: MIN_W,
      // A shared rounded texture tinted with the button's colour (src/ui/rounded.ts): no per-frame shader.
      Box: roundedBox(MIN_W, H, radius.m, button.box),
      Label: {
        mountX: 0.5,
        // A line as tall as the button, text centred in it: optically centred whatever the font's metrics.
        text: { text: '', ...textStyle.button, lineHeight: H, verticalAlign: 'middle' },
      },
    }
  }

  override _init(): void {
    // Grow to fit the label once its texture is measured.
    const label = child(this, 'Label')
    label.on('txLoaded', () => {
      this.w = Math.max(MIN_W, label.renderWidth + 2 * space.l)
      label.x = this.w / 2
      const box = child(this, 'Box')
      box.patch({ ...roundedBox(this.w, H, radius.m, box.color) })
    })
    label.x = this.w / 2
  }

  set label(value: string) {
    child(this, 'Label').text = { text: value }
  }

  get label(): string {
    return String(child(this, 'Label').text?.text ?? '')
  }

  override _focus(): void {
    showButtonFocus(this, child(this, 'Box'), true)
    child(this, 'Label').text = { textColor: button.labelFocused }
  }

  override _unfocus(): void {
    showButtonFocus(this, child(this, 'Box'), false)
    child(this, 'Label').text = { textColor: button.label }
  }
}
