import { normalizeGuidance } from '../../data/guidancePreferences'
import { SPEECH_RATES } from '../../data/guidanceStorage'
import type { PreferenceStorage } from '../../data/preferencesService'
import type { Locale } from '../../i18n/locale'
import { speechWordsOf } from '../../i18n/speechWords'
import { describer, type SpeakingClasses } from '../../ui/speech/describe'
import type { SpeechWords } from '../../ui/speech/words'
import type { PlatformId } from '../detect'
import { log } from '../sdk'
import { type Announcer, createAnnouncer } from './announcer'
import type { SpeechBackend } from './backend'
import { type BackendSetup, chooseBackend, synthesisOrSilence } from './chooseBackend'
import { createFocusSpeech, type FocusSpeech } from './focusSpeech'
import { createGuidance, type Guidance } from './guidance'
import { type SpeechGlobals, tvVoiceGuide } from './platformBackends'
import { createReadAloud, type ReadAloud, type ReadAloudSetup } from './readAloud'

/** Long enough to skip the tiles a held key runs past; short enough to feel immediate on the one it stops at. */
const SETTLE_MS = 150

/** Everything speech needs at run time: loaded as its own chunk the first time speech is wanted. */
export interface SpeechRuntime {
  words: SpeechWords
  backend: SpeechBackend
  announcer: Announcer
  focus: FocusSpeech
  readAloud(setup: Omit<ReadAloudSetup, 'backend' | 'rate' | 'warn'>): ReadAloud
  /** The TV's own voice-guide setting, undefined where the platform does not expose it. */
  tvVoiceGuide(): Promise<boolean | undefined>
}

export interface RuntimeSetup {
  platform: PlatformId
  win: Window
  rate(): number
  now(): number
  /** Home's components, to describe them (ui/speech/describe.ts). */
  classes: SpeakingClasses
  /** What is spoken in: the UI language's words. */
  words: SpeechWords
  warn(message: string): void
  onSpoken(text: string): void
}

/** The event a host page (the browser TV emulator) listens to for each phrase: `detail: { text }`. */
export const SPOKEN_EVENT = 'lightwire:speech'

/** The guidance service for this page (what guidanceGate.ts loads): the speech runtime is made on first need. */
export function pageGuidance(
  platform: PlatformId,
  classes: SpeakingClasses,
  storage: PreferenceStorage,
  query: URLSearchParams,
  locale: Locale,
): Guidance {
  return createGuidance({
    storage,
    query,
    load: (record) => Promise.resolve(pageSpeech(platform, record, classes, speechWordsOf(locale))),
    warn: (message) => log.warn(message),
  })
}

/** The app's speech in this page: this window's engines, the SDK's log, phrases announced to a host page. */
export function pageSpeech(
  platform: PlatformId,
  record: () => unknown,
  classes: SpeakingClasses,
  words: SpeechWords,
): SpeechRuntime {
  return createSpeechRuntime({
    platform,
    win: window,
    rate: () => SPEECH_RATES[normalizeGuidance(record()).rate],
    now: Date.now,
    classes,
    words,
    warn: (message) => log.warn(message),
    onSpoken: (text) => window.dispatchEvent(new CustomEvent(SPOKEN_EVENT, { detail: { text } })),
  })
}

export function createSpeechRuntime(runtimeSetup: RuntimeSetup): SpeechRuntime {
  const { platform, win, rate, now, warn, onSpoken, classes, words } = runtimeSetup
  const globals = win as unknown as SpeechGlobals
  const engine = 'speechSynthesis' in win ? win.speechSynthesis : undefined
  const setup: BackendSetup = {
    platform,
    globals,
    synthesis:
      engine && typeof SpeechSynthesisUtterance === 'function'
        ? { engine, utterance: (text) => new SpeechSynthesisUtterance(text) }
        : undefined,
    warn,
  }
  const backend = chooseBackend(setup)
  const timers = {
    set: (run: () => void, ms: number) => win.setTimeout(run, ms),
    clear: (handle: number) => win.clearTimeout(handle),
  }
  const announcer = createAnnouncer({ backend, rate, settleMs: SETTLE_MS, timers, onSpoken, warn })
  const focus = createFocusSpeech(announcer, () => words, now, describer(classes))
  /** Read alouds reading now: focus phrases wait, or the reader's own page turns would cut the story off. */
  const reading = new Set<ReadAloud>()
  return {
    words,
    backend,
    announcer,
    focus: {
      focusChanged: (path) => {
        if (reading.size === 0) focus.focusChanged(path)
      },
      reset: () => focus.reset(),
    },
    readAloud: (pageSetup) => {
      const reader: ReadAloud = createReadAloud({
        ...pageSetup,
        onState: (state) => {
          if (state === 'reading') {
            announcer.stop()
            reading.add(reader)
          } else {
            reading.delete(reader)
          }
          pageSetup.onState(state)
        },
        // Read aloud turns pages when an utterance ends: a backend that cannot say so gives way to the browser's.
        backend: backend.reportsEnd ? backend : synthesisOrSilence(setup),
        rate,
        warn,
      })
      return reader
    },
    tvVoiceGuide: () => tvVoiceGuide(globals, warn),
  }
}
