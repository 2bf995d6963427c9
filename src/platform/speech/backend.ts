/**
 * One way of turning text into speech. The announcer and read aloud talk to this interface only; which
 * backend a device gets is decided in backends.ts. Every method may fail on a real device (no voices, a
 * service that is not there): callers get errors through `onError`, never as a throw from `speak`.
 */
export interface SpeechBackend {
  /** For the log and the emulator: 'speechSynthesis', 'webOS tts'. */
  readonly name: string
  /** True when `onEnd` is called when an utterance finishes (read aloud needs it to turn pages). */
  readonly reportsEnd: boolean
  speak(text: string, options: SpeakOptions): void
  /** Stops what is being said and drops anything queued. */
  cancel(): void
}

export interface SpeakOptions {
  /** 1 is the voice's normal speed. */
  rate: number
  onEnd?(): void
  onError?(error: unknown): void
}

/** The part of `window.speechSynthesis` used here (tests and the e2e stub provide the same shape). */
export interface SynthesisLike {
  speak(utterance: SpeechSynthesisUtterance): void
  cancel(): void
}

export type UtteranceFactory = (text: string) => SpeechSynthesisUtterance

/** The browser's Web Speech API: desktop, RDK (WPE), Fire TV, and Tizen (Samsung documents it for TTS). */
export function synthesisBackend(synthesis: SynthesisLike, utterance: UtteranceFactory): SpeechBackend {
  return {
    name: 'speechSynthesis',
    reportsEnd: true,
    speak(text, { rate, onEnd, onError }) {
      try {
        const said = utterance(text)
        said.rate = rate
        said.onend = () => onEnd?.()
        // An error event (no voice, "interrupted" by our own cancel) is reported, not thrown into the page.
        said.onerror = (event) => {
          if (event.error !== 'interrupted' && event.error !== 'canceled') onError?.(event.error)
        }
        synthesis.speak(said)
      } catch (error) {
        onError?.(error)
      }
    },
    cancel() {
      synthesis.cancel()
    },
  }
}
