import { Lightning } from '@lightningjs/sdk'
import { showButtonFocus } from '../../ui/buttonFocus'
import { child } from '../../ui/child'
import { roundedBox } from '../../ui/rounded'
import type { Speakable } from '../../ui/speech/speakable'
import { button, colors, radius, space, textStyle } from '../../ui/theme'
import { settingsLayout } from './layout'

interface PillSpec extends Lightning.Component.TemplateSpec {
  layoutWidth: number
  align: 'left' | 'center'
  label: string
  value: string
  selected: boolean
  dimmed: boolean
  quiet: boolean
  Box: object
  Label: object
  Value: object
  Mark: object
}

const { h: H, valueW: VALUE_W, initialW: INITIAL_W, markBottom, markH } = settingsLayout.pill

/**
 * A fixed-width focusable pill for Settings' controls: a label (left or centred), an optional value on the
 * right ("Shown" / "Hidden"), a `selected` underline (the current text size) and a `dimmed` look for a control
 * that does nothing where it is (moving the first section up). Looks like ui/Button when focused, and is drawn
 * like it: a shared rounded texture tinted with the pill's colour (src/ui/rounded.ts), re-made when the width
 * changes, instead of a per-frame corner shader that the label and value would be drawn through too.
 */
export class Pill
  extends Lightning.Component<PillSpec>
  implements Lightning.Component.ImplementTemplateSpec<PillSpec>
{
  private centred = false
  private muted = false
  /** The width the Box's rounded texture was made for. */
  private boxW: number = INITIAL_W

  static override _template(): Lightning.Component.Template<PillSpec> {
    return {
      w: INITIAL_W,
      h: H,
      Box: roundedBox(INITIAL_W, H, radius.m, button.box),
      Label: {
        x: space.l,
        text: { text: '', ...textStyle.button, lineHeight: H, verticalAlign: 'middle' },
      },
      Value: {
        mountX: 1,
        text: { text: '', ...textStyle.body, lineHeight: H, verticalAlign: 'middle' },
      },
      Mark: { y: H - markBottom, h: markH, rect: true, color: colors.accent, visible: false },
    }
  }

  override _init(): void {
    this.layout()
  }

  /** Width in px; the label is centred when `align` is 'center'. */
  set layoutWidth(value: number) {
    this.w = value
    this.layout()
  }

  set align(value: 'left' | 'center') {
    this.centred = value === 'center'
    this.layout()
  }

  set label(value: string) {
    child(this, 'Label').text = { text: value }
  }

  get label(): string {
    return String(child(this, 'Label').text?.text ?? '')
  }

  set value(value: string) {
    child(this, 'Value').text = { text: value }
  }

  get value(): string {
    return String(child(this, 'Value').text?.text ?? '')
  }

  set selected(value: boolean) {
    child(this, 'Mark').visible = value
  }

  get selected(): boolean {
    return child(this, 'Mark').visible
  }

  /** What voice guidance says instead of the label, for a label that is only a symbol ("↑"). */
  spokenLabel: string | undefined

  speech(): Speakable | undefined {
    return {
      kind: 'button',
      label: this.spokenLabel ?? this.label,
      value: this.value || undefined,
      selected: this.selected || undefined,
    }
  }

  set dimmed(value: boolean) {
    this.alpha = value ? 0.45 : 1
  }

  /** Hidden sections: their title turns muted (and back) without changing the focus look. */
  set quiet(value: boolean) {
    this.muted = value
    if (!this.hasFocus()) this.paint(false)
  }

  private layout(): void {
    const label = child(this, 'Label')
    label.mountX = this.centred ? 0.5 : 0
    label.x = this.centred ? this.w / 2 : space.l
    // A long left-aligned title ends in "…" before the value on the right; a centred label never wraps.
    // (Never a width ≤ 0: Lightning's word wrap would not terminate.)
    const room = this.w - 2 * space.l - VALUE_W
    label.text =
      this.centred || room <= 0
        ? { wordWrapWidth: 0, maxLines: 0 }
        : { wordWrapWidth: room, maxLines: 1, maxLinesSuffix: '…' }
    child(this, 'Value').x = this.w - space.l
    child(this, 'Mark').patch({ x: space.m, w: this.w - 2 * space.m })
    if (this.w !== this.boxW) {
      this.boxW = this.w
      const box = child(this, 'Box')
      box.patch(roundedBox(this.w, H, radius.m, box.color))
    }
  }

  private paint(focused: boolean): void {
    const text = focused ? button.labelFocused : this.muted ? colors.textFaint : button.label
    child(this, 'Label').text = { textColor: text }
    child(this, 'Value').text = { textColor: focused ? button.labelFocused : colors.textMuted }
    child(this, 'Mark').color = focused ? button.labelFocused : colors.accent
  }

  override _focus(): void {
    showButtonFocus(this, child(this, 'Box'), true)
    this.paint(true)
  }

  override _unfocus(): void {
    showButtonFocus(this, child(this, 'Box'), false)
    this.paint(false)
  }
}
