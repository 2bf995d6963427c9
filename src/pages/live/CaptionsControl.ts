import type { PreferenceStorage } from '../../data/preferencesService'
import { speechWordsOf } from '../../i18n/speechWords'
import { log } from '../../platform/sdk'
import { type GuidanceChoices, guidanceChoices } from '../../platform/speech/guidanceChoices'
import type { GuidanceGate } from '../../platform/speech/guidanceGate'
import { Button } from '../../ui/Button'
import { localeOf } from '../../ui/localeOf'

/**
 * The live page's `live-captions` control: shows whether captions are on and turns them on or off. The
 * choice is remembered with the viewer's other accessibility choices (the voice guidance record).
 */
export class CaptionsControl extends Button {
  private choices: GuidanceChoices | undefined
  /** Settles once the remembered choice is known (it lives in the speech chunk, loaded on first need). */
  ready: Promise<void> = Promise.resolve()

  set store(store: { guidance: GuidanceGate; storage: PreferenceStorage }) {
    this.render()
    this.ready = store.guidance.open().then(
      (guidance) => {
        this.choices = guidanceChoices(guidance, store.storage, (message) => log.warn(message))
        this.render()
      },
      (error: unknown) => log.warn(`captions choice unknown: ${String(error)}`),
    )
  }

  get showing(): boolean {
    return this.choices?.current().captions ?? false
  }

  /** Flips the choice and returns the new one. */
  toggle(): boolean {
    const on = !this.showing
    this.choices?.setCaptions(on)
    this.render()
    return on
  }

  private render(): void {
    const words = speechWordsOf(localeOf(this))
    this.label = `${words.captions}: ${this.showing ? words.shownOn : words.shownOff}`
  }
}
