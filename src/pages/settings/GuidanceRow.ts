import { Lightning } from '@lightningjs/sdk'
import { GUIDANCE_RATES, type GuidanceRate } from '../../data/guidancePreferences'
import { speechWordsOf } from '../../i18n/speechWords'
import { testId } from '../../ui/automation'
import { child } from '../../ui/child'
import { localeOf } from '../../ui/localeOf'
import type { Speakable } from '../../ui/speech/speakable'
import { settingsLayout } from './layout'
import { Pill } from './Pill'

/** The voice guidance switch: says "on"/"off, switch" rather than reading its value as a button's. */
class SwitchPill extends Pill {
  switchedOn = false

  override speech(): Speakable | undefined {
    return { kind: 'toggle', label: this.label, on: this.switchedOn }
  }
}

interface GuidanceRowSpec extends Lightning.Component.TemplateSpec {
  Switch: typeof SwitchPill
  Rate: typeof Pill
}

export interface GuidanceChoices {
  enabled: boolean
  rate: GuidanceRate
}

const { w: W, pitch } = settingsLayout.guidance

/**
 * Settings' voice guidance controls, one above the other: [Voice guidance  On] and [Speech rate  Normal].
 * Up/Down move between the two; OK turns guidance on or off, or steps to the next rate (round from Faster to
 * Slow); Left/Right on the rate choose the slower or faster one, as the text size row does. The page applies
 * the choice; this component only draws it and says which one was asked for.
 */
export class GuidanceRow
  extends Lightning.Component<GuidanceRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<GuidanceRowSpec>
{
  private index: 0 | 1 = 0

  static override _template(): Lightning.Component.Template<GuidanceRowSpec> {
    return {
      h: pitch + settingsLayout.pill.h,
      Switch: {
        type: SwitchPill,
        layoutWidth: W,
        ...testId('settings-guidance'),
      },
      Rate: {
        type: Pill,
        y: pitch,
        layoutWidth: W,
        ...testId('settings-speech-rate'),
      },
    }
  }

  show({ enabled, rate }: GuidanceChoices): void {
    const words = speechWordsOf(localeOf(this))
    const toggle = child(this, 'Switch')
    toggle.label = words.voiceGuidance
    child(this, 'Rate').label = words.speechRate
    toggle.switchedOn = enabled
    toggle.value = enabled ? words.shownOn : words.shownOff
    child(this, 'Rate').value = words.rates[rate]
  }

  /** Moves between the two controls; false at either end (the page decides what lies beyond). */
  move(delta: -1 | 1): boolean {
    const next = this.index + delta
    if (next !== 0 && next !== 1) return false
    this.index = next
    this._refocus()
    return true
  }

  /** Left/Right on the rate: the neighbouring rate, or undefined (at either end, or on the switch). */
  step(current: GuidanceRate, delta: -1 | 1): GuidanceRate | undefined {
    return this.index === 1 ? GUIDANCE_RATES[GUIDANCE_RATES.indexOf(current) + delta] : undefined
  }

  /** What OK asks for on the focused control. */
  activate(current: GuidanceChoices): Partial<GuidanceChoices> {
    if (this.index === 0) return { enabled: !current.enabled }
    return { rate: GUIDANCE_RATES[(GUIDANCE_RATES.indexOf(current.rate) + 1) % GUIDANCE_RATES.length] }
  }

  override _getFocused(): Pill {
    return this.index === 0 ? child(this, 'Switch') : child(this, 'Rate')
  }
}
