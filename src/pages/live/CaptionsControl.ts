import type { PreferenceStorage } from '../../data/preferencesService'
import { log } from '../../platform/sdk'
import type { Guidance } from '../../platform/speech/guidance'
import { type GuidanceChoices, guidanceChoices } from '../../platform/speech/guidanceChoices'
import { Button } from '../../ui/Button'
import { englishSpeechWords as words } from '../../ui/speech/words'

/**
 * The live page's `live-captions` control: shows whether captions are on and turns them on or off. The
 * choice is remembered with the viewer's other accessibility choices (the voice guidance record).
 */
export class CaptionsControl extends Button {
  private guidance: Guidance | undefined
  private choices: GuidanceChoices | undefined

  set store(store: { guidance: Guidance; storage: PreferenceStorage }) {
    this.guidance = store.guidance
    this.choices = guidanceChoices(store.guidance, store.storage, (message) => log.warn(message))
    this.render()
  }

  get showing(): boolean {
    return this.guidance?.preferences().captions ?? false
  }

  /** Flips the choice and returns the new one. */
  toggle(): boolean {
    const on = !this.showing
    this.choices?.setCaptions(on)
    this.render()
    return on
  }

  private render(): void {
    this.label = `${words.captions}: ${this.showing ? words.shownOn : words.shownOff}`
  }
}
