import type { PlatformId } from '../detect'
import { type SpeechBackend, type SynthesisLike, synthesisBackend, type UtteranceFactory } from './backend'
import { type SpeechGlobals, webOsBackend } from './platformBackends'

export interface BackendSetup {
  platform: PlatformId
  globals: SpeechGlobals
  /** `window.speechSynthesis` and a way to make utterances, when the engine has the Web Speech API. */
  synthesis?: { engine: SynthesisLike; utterance: UtteranceFactory }
  warn(message: string): void
}

/** No speech at all: an engine without the Web Speech API. Says so once, through onError. */
export function silentBackend(): SpeechBackend {
  return {
    name: 'none',
    reportsEnd: false,
    speak(_text, { onError }) {
      onError?.(new Error('this device has no speech synthesis'))
    },
    cancel() {},
  }
}

/**
 * Speaks through `primary` until it fails once, then through `fallback` for good (the failed phrase is said
 * again by the fallback, so nothing the viewer needed is lost).
 */
export function withFallback(
  primary: SpeechBackend,
  fallback: SpeechBackend,
  warn: (m: string) => void,
): SpeechBackend {
  let failed = false
  const current = () => (failed ? fallback : primary)
  return {
    get name() {
      return current().name
    },
    get reportsEnd() {
      return current().reportsEnd
    },
    speak(text, options) {
      if (failed) {
        fallback.speak(text, options)
        return
      }
      primary.speak(text, {
        ...options,
        onError: (error) => {
          failed = true
          warn(`${primary.name} failed (${String(error)}): speaking through ${fallback.name} from now on`)
          fallback.speak(text, options)
        },
      })
    },
    cancel() {
      current().cancel()
    },
  }
}

/** The browser's speech, or silence where there is none. */
export function synthesisOrSilence(setup: BackendSetup): SpeechBackend {
  const { synthesis } = setup
  return synthesis ? synthesisBackend(synthesis.engine, synthesis.utterance) : silentBackend()
}

/**
 * The device's speech: webOS's own TTS service where it is there (falling back to speechSynthesis when it
 * fails); the Web Speech API everywhere else (desktop, RDK, Fire TV, Tizen).
 */
export function chooseBackend(setup: BackendSetup): SpeechBackend {
  const browser = synthesisOrSilence(setup)
  const service = setup.globals.webOS?.service
  if (setup.platform === 'webos' && service)
    return withFallback(webOsBackend(service, setup.warn), browser, setup.warn)
  return browser
}
