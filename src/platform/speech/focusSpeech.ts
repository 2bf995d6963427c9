import { focusPhrase } from '../../ui/speech/phrase'
import { type Speakable, speaksItself } from '../../ui/speech/speakable'
import type { SpeechWords } from '../../ui/speech/words'
import type { Announcer } from './announcer'

/** Reads what an element on the focus path says (ui/speech/describe.ts in the app; `speech()` in tests). */
export type Describe = (element: unknown) => Speakable | undefined

const ownSpeech: Describe = (element) => (speaksItself(element) ? element.speech() : undefined)

export interface FocusSpeech {
  /** The focus path after a key or a refocus, outermost first (Lightning's `application.focusPath`). */
  focusChanged(path: readonly unknown[]): void
  /** Forget what was said: the next check speaks the whole path again (guidance just turned on). */
  reset(): void
}

interface Said {
  element: unknown
  key: string
}

/**
 * Turns focus changes into phrases. Of the elements on the focus path that can speak, it says the ones that
 * came into focus and the ones whose facts changed (a page turned, a row that failed) — outermost first, so a
 * row's title comes before its tile. When the focused element itself changed, the old phrase is cut off even
 * if the new one says nothing.
 */
export function createFocusSpeech(
  announcer: Announcer,
  words: () => SpeechWords,
  now: () => number,
  describe: Describe = ownSpeech,
): FocusSpeech {
  let previous: Said[] = []
  let previousLeaf: unknown

  return {
    focusChanged(path) {
      const said: Said[] = []
      const fresh: Speakable[] = []
      for (const element of path) {
        const item = describe(element)
        if (!item) continue
        const key = JSON.stringify(item)
        said.push({ element, key })
        if (!previous.some((old) => old.element === element && old.key === key)) fresh.push(item)
      }
      const leaf = path[path.length - 1]
      const leafChanged = leaf !== previousLeaf
      previous = said
      previousLeaf = leaf
      if (fresh.length > 0) announcer.say(focusPhrase(fresh, words(), now()))
      else if (leafChanged) announcer.stop()
    },
    reset() {
      previous = []
      previousLeaf = undefined
    },
  }
}
