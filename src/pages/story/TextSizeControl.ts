import { Lightning } from '@lightningjs/sdk'
import { stepTextSize, TEXT_SIZES, type TextSize } from '../../data/textSize'
import { speechWordsOf } from '../../i18n/speechWords'
import { child } from '../../ui/child'
import { localeOf } from '../../ui/localeOf'
import { roundedBox } from '../../ui/rounded'
import type { Speakable } from '../../ui/speech/speakable'
import { colors, focus, radius, space, textStyle, type as typeScale } from '../../ui/theme'
import { storyPageLayout } from './layout'
import { storyWords } from './storyWords'

/** One size's chip: its rounded box and its letter. */
interface ChipSpec extends Lightning.Element.TemplateSpec {
  Box: object
  Letter: object
}

interface TextSizeControlSpec extends Lightning.Component.TemplateSpec {
  Label: object
  /** One chip per size, named by it (`Options.M`), in TEXT_SIZES order. */
  Options: Record<TextSize, ChipSpec>
}

const { chip: CHIP, labelW: LABEL_W } = storyPageLayout.textSize

function chip(size: TextSize): Lightning.Element.PatchTemplate<ChipSpec> {
  const index = TEXT_SIZES.indexOf(size)
  return {
    x: index * (CHIP + space.xs),
    w: CHIP,
    h: CHIP,
    // A shared rounded texture (src/ui/rounded.ts), not a per-frame corner shader over the letter too.
    Box: roundedBox(CHIP, CHIP, radius.s, colors.surface),
    Letter: {
      x: CHIP / 2,
      mountX: 0.5,
      text: {
        text: size,
        ...textStyle.labelStrong,
        // The letters themselves grow, so the control previews what it does.
        fontSize: typeScale.label + index * 6,
        lineHeight: CHIP,
        verticalAlign: 'middle',
      },
    },
  }
}

/**
 * "Text size  S M L" in the reader's header: focused with Up from the first page (or the Options key),
 * Left/Right change the size at once (the page re-flows behind it), Down, OK or Back return to the text.
 */
export class TextSizeControl
  extends Lightning.Component<TextSizeControlSpec>
  implements Lightning.Component.ImplementTemplateSpec<TextSizeControlSpec>
{
  private _size: TextSize = 'M'
  private _focused = false
  /** Called with the new size when the viewer changes it. */
  onChange: (size: TextSize) => void = () => undefined
  /** Called when the viewer leaves the control. */
  onDone: () => void = () => undefined

  static override _template(): Lightning.Component.Template<TextSizeControlSpec> {
    return {
      w: LABEL_W + TEXT_SIZES.length * (CHIP + space.xs),
      h: CHIP,
      Label: {
        y: 0,
        text: { text: '', ...textStyle.label, lineHeight: CHIP, verticalAlign: 'middle' },
      },
      // Its width too: a mirrored (RTL) layout places the chips from the right edge.
      Options: {
        x: LABEL_W,
        w: TEXT_SIZES.length * (CHIP + space.xs),
        S: chip('S'),
        M: chip('M'),
        L: chip('L'),
      },
    }
  }

  set size(value: TextSize) {
    this._size = value
    this.paint()
  }

  get size(): TextSize {
    return this._size
  }

  speech(): Speakable {
    const words = speechWordsOf(localeOf(this))
    return { kind: 'button', label: words.textSize, value: words.textSizes[this._size] }
  }

  override _init(): void {
    child(this, 'Label').text = { text: storyWords(localeOf(this)).textSize }
  }

  override _focus(): void {
    this._focused = true
    this.paint()
  }

  override _unfocus(): void {
    this._focused = false
    this.paint()
  }

  private paint(): void {
    for (const size of TEXT_SIZES) {
      const chip = child(this, `Options.${size}`)
      const chosen = size === this._size
      const color = chosen ? (this._focused ? colors.accent : colors.surfaceHigh) : colors.surface
      child(chip, 'Box').setSmooth('color', color, { duration: focus.duration })
      chip.setSmooth('scale', chosen && this._focused ? focus.scale : 1, { duration: focus.duration })
      child(chip, 'Letter').text = {
        textColor: chosen && this._focused ? colors.accentText : chosen ? colors.text : colors.textMuted,
      }
    }
    child(this, 'Label').text = { textColor: this._focused ? colors.text : colors.textMuted }
  }

  private step(direction: -1 | 1): void {
    const next = stepTextSize(this._size, direction)
    if (next === this._size) return
    this.size = next
    this.onChange(next)
  }

  override _handleLeft(): boolean {
    this.step(-1)
    return true
  }

  override _handleRight(): boolean {
    this.step(1)
    return true
  }

  override _handleDown(): boolean {
    this.onDone()
    return true
  }

  override _handleEnter(): boolean {
    this.onDone()
    return true
  }

  override _handleBack(): boolean {
    this.onDone()
    return true
  }
}
