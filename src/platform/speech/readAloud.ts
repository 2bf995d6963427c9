import type { SpeechBackend } from './backend'

export type ReadAloudState = 'idle' | 'reading' | 'paused'

export interface ReadAloudSetup {
  /** A backend that reports when an utterance ends (it is what turns the pages). */
  backend: SpeechBackend
  rate(): number
  /** Show this page (0-based): reading has moved on to it. */
  onPage(index: number): void
  onState(state: ReadAloudState): void
  warn(message: string): void
}

export interface ReadAloud {
  /** Reads `pages` (each a list of paragraphs' text) from `fromPage` to the end. */
  start(pages: readonly (readonly string[])[], fromPage: number): void
  /** Play/Pause: pauses while reading, resumes where it stopped while paused. */
  toggle(): void
  /** Back, leaving the story, another story: silence, and forget the place. */
  stop(): void
  readonly state: ReadAloudState
}

/**
 * Read aloud for the story reader: one utterance per paragraph on a page, then the next page. Pausing cancels
 * the utterance and keeps the paragraph, so resuming says it again from its start: the same on every backend,
 * whether or not it can pause. A speech error stops reading (and is logged); it never reaches the page.
 */
export function createReadAloud(setup: ReadAloudSetup): ReadAloud {
  let pages: readonly (readonly string[])[] = []
  let page = 0
  let paragraph = 0
  let state: ReadAloudState = 'idle'
  /** Bumped on every cancel: an `onEnd` from an utterance that was cut off is ignored. */
  let generation = 0

  const setState = (next: ReadAloudState) => {
    if (next === state) return
    state = next
    setup.onState(next)
  }

  const cancel = () => {
    generation++
    try {
      setup.backend.cancel()
    } catch (error) {
      setup.warn(`read aloud could not stop ${setup.backend.name} (${String(error)})`)
    }
  }

  const readCurrent = () => {
    const text = pages[page]?.[paragraph]
    if (text === undefined) {
      if (page + 1 < pages.length) {
        page++
        paragraph = 0
        setup.onPage(page)
        readCurrent()
      } else {
        setState('idle')
      }
      return
    }
    const mine = generation
    setup.backend.speak(text, {
      rate: setup.rate(),
      onEnd: () => {
        if (mine !== generation || state !== 'reading') return
        paragraph++
        readCurrent()
      },
      onError: (error) => {
        if (mine !== generation) return
        setup.warn(`read aloud stopped: ${setup.backend.name} failed (${String(error)})`)
        cancel()
        setState('idle')
      },
    })
  }

  return {
    start(content, fromPage) {
      cancel()
      pages = content
      page = Math.max(0, Math.min(fromPage, content.length - 1))
      paragraph = 0
      setState('reading')
      readCurrent()
    },
    toggle() {
      if (state === 'reading') {
        cancel()
        setState('paused')
      } else if (state === 'paused') {
        setState('reading')
        readCurrent()
      }
    },
    stop() {
      cancel()
      setState('idle')
    },
    get state() {
      return state
    },
  }
}
