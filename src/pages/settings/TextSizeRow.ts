import { Lightning } from '@lightningjs/sdk'
import { TEXT_SIZES, type TextSize } from '../../data/preferences'
import { speechWordsOf } from '../../i18n/speechWords'
import { testId } from '../../ui/automation'
import { child } from '../../ui/child'
import { localeOf } from '../../ui/localeOf'
import type { Speakable } from '../../ui/speech/speakable'
import { space } from '../../ui/theme'
import { settingsLayout } from './layout'
import { Pill } from './Pill'
import { settingsWords } from './settingsWords'

interface TextSizeRowSpec extends Lightning.Component.TemplateSpec {
  S: typeof Pill
  M: typeof Pill
  L: typeof Pill
}

const TEXT_SIZE_PILL_W = settingsLayout.textSizePillW

/**
 * Small / Medium / Large. When the row has focus, focus *is* the choice: Left and Right change the text size
 * at once (the page applies it); without focus the current size keeps an underline.
 */
export class TextSizeRow
  extends Lightning.Component<TextSizeRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<TextSizeRowSpec>
{
  private current: TextSize = 'M'

  static override _template(): Lightning.Component.Template<TextSizeRowSpec> {
    const pill = (size: TextSize, index: number) => ({
      type: Pill,
      x: index * (TEXT_SIZE_PILL_W + space.m),
      layoutWidth: TEXT_SIZE_PILL_W,
      align: 'center' as const,
      ...testId(`text-size-${size.toLowerCase()}`),
    })
    return { h: settingsLayout.pill.h, S: pill('S', 0), M: pill('M', 1), L: pill('L', 2) }
  }

  override _init(): void {
    const words = settingsWords(localeOf(this))
    const labels: Readonly<Record<TextSize, string>> = { S: words.small, M: words.medium, L: words.large }
    for (const size of TEXT_SIZES) child(this, size).label = labels[size]
  }

  set size(value: TextSize) {
    this.current = value
    for (const size of TEXT_SIZES) child(this, size).selected = size === value
    this._refocus()
  }

  get size(): TextSize {
    return this.current
  }

  /** The size one step left (-1) or right (+1), or undefined at either end. */
  neighbour(delta: -1 | 1): TextSize | undefined {
    return TEXT_SIZES[TEXT_SIZES.indexOf(this.current) + delta]
  }

  /** Said when focus enters the row; the focused size follows. */
  speech(): Speakable {
    return { kind: 'text', text: speechWordsOf(localeOf(this)).textSize }
  }

  override _getFocused(): Pill {
    return child(this, this.current)
  }
}
