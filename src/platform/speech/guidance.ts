import {
  DEFAULT_GUIDANCE,
  GUIDANCE_KEY,
  type GuidancePreferences,
  type GuidanceRate,
  normalizeGuidance,
} from '../../data/guidancePreferences'
import type { PreferenceStorage } from '../../data/preferencesService'
import type { SpeechRuntime } from './runtime'

/**
 * Voice guidance as the start-up bundle knows it: is it on, and the focus changes to speak. Kept small on
 * purpose: the speech itself (phrases, backends, read aloud) is a chunk loaded the first time it is wanted
 * (runtime.ts), and changing the choices is guidanceChoices.ts, which only the lazily loaded pages use.
 */
export interface Guidance {
  /** `?guidance=on`: on whatever was chosen (tests, the emulator). */
  readonly forced: boolean
  /** Forced, else the viewer's choice, else the TV's own voice guide (Tizen, webOS), else off. */
  enabled(): boolean
  preferences(): GuidancePreferences
  /** New choices (saved by guidanceChoices.ts) take effect: off silences at once, on speaks the focus again. */
  apply(next: GuidancePreferences): void
  /** Lightning's focus path after every key and refocus, outermost first. */
  focusChanged(path: readonly unknown[]): void
  /** The speech chunk (read aloud uses it whether or not guidance is on). */
  runtime(): Promise<SpeechRuntime>
  /** After launch: reads the TV's voice-guide default where asked, and says the first focus when on. */
  start(askTv: boolean): void
}

export interface GuidanceSetup {
  storage: PreferenceStorage
  query: URLSearchParams
  load(rate: () => GuidanceRate): Promise<SpeechRuntime>
  warn(message: string): void
}

export function createGuidance({ storage, query, load, warn }: GuidanceSetup): Guidance {
  const forced = query.get('guidance') === 'on'
  let current: GuidancePreferences | undefined
  let tvDefault = false
  let loading: Promise<SpeechRuntime> | undefined
  let loaded: SpeechRuntime | undefined
  let lastPath: readonly unknown[] = []

  const preferences = (): GuidancePreferences => {
    try {
      current ??= normalizeGuidance(storage.get(GUIDANCE_KEY))
    } catch (error) {
      warn(`guidance choices unreadable (${String(error)})`)
      current = DEFAULT_GUIDANCE
    }
    return current
  }
  const enabled = () => forced || (preferences().enabled ?? tvDefault)
  const runtime = (): Promise<SpeechRuntime> => {
    loading ??= load(() => preferences().rate).then((value) => (loaded = value))
    return loading
  }
  const speak = () => {
    if (!enabled()) return
    if (loaded) loaded.focus.focusChanged(lastPath)
    else runtime().then(speak, (error: unknown) => warn(`guidance did not load (${String(error)})`))
  }

  return {
    forced,
    enabled,
    preferences,
    apply(next) {
      const wasOn = enabled()
      current = next
      if (wasOn && !enabled()) loaded?.announcer.stop()
      if (!wasOn) loaded?.focus.reset()
    },
    focusChanged(path) {
      lastPath = path
      speak()
    },
    runtime,
    start(askTv) {
      if (!askTv || forced || preferences().enabled !== undefined) return speak()
      runtime()
        .then((value) => value.tvVoiceGuide())
        .then(
          (on) => {
            tvDefault = on === true
            speak()
          },
          (error: unknown) => warn(`TV voice guide unknown (${String(error)})`),
        )
    },
  }
}
