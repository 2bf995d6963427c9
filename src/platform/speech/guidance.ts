import type { GuidancePreferences } from '../../data/guidancePreferences'
import type { PreferenceStorage } from '../../data/preferencesService'
import { GUIDANCE_KEY } from './guidanceGate'
import type { SpeechRuntime } from './runtime'

/**
 * Voice guidance, in the speech chunk (the start-up bundle holds only guidanceGate.ts): is it on, and the
 * focus changes to speak. Changing the choices is guidanceChoices.ts.
 */
export interface Guidance {
  /** `?guidance=on`: on whatever was chosen (tests, the emulator). */
  readonly forced: boolean
  /** Forced, else the viewer's choice, else the TV's own voice guide (Tizen, webOS), else off. */
  enabled(): boolean
  /** The stored record as read (normalize it with guidancePreferences.ts: only lazy code needs more). */
  record(): unknown
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
  /** Loads the speech chunk; it reads the rate from the record each time it speaks. */
  load(record: () => unknown): Promise<SpeechRuntime>
  warn(message: string): void
}

export function createGuidance({ storage, query, load, warn }: GuidanceSetup): Guidance {
  const forced = query.get('guidance') === 'on'
  let tvDefault = false
  let loading: Promise<SpeechRuntime> | undefined
  let loaded: SpeechRuntime | undefined
  let lastPath: readonly unknown[] = []

  /** Read once, lazily: the SDK's Storage works only once the app has launched. */
  let current: { value: unknown } | undefined

  const record = (): unknown => {
    try {
      current ??= { value: storage.get(GUIDANCE_KEY) }
    } catch (error) {
      current = { value: null }
      warn(`guidance unreadable: ${String(error)}`)
    }
    return current.value
  }
  const chosen = (): unknown => (record() as { enabled?: unknown } | null)?.enabled
  const enabled = () => {
    const choice = chosen()
    return forced || (typeof choice === 'boolean' ? choice : tvDefault)
  }
  const runtime = (): Promise<SpeechRuntime> => {
    loading ??= load(record).then((value) => (loaded = value))
    return loading
  }
  const speak = () => {
    if (!enabled()) return
    if (loaded) loaded.focus.focusChanged(lastPath)
    else runtime().then(speak, (error: unknown) => warn(`guidance not loaded: ${String(error)}`))
  }

  return {
    forced,
    enabled,
    record,
    apply(next) {
      const wasOn = enabled()
      current = { value: next }
      if (wasOn && !enabled()) loaded?.announcer.stop()
      if (!wasOn) loaded?.focus.reset()
    },
    focusChanged(path) {
      lastPath = path
      speak()
    },
    runtime,
    start(askTv) {
      if (!askTv || forced || typeof chosen() === 'boolean') return speak()
      runtime()
        .then((value) => value.tvVoiceGuide())
        .then(
          (on) => {
            tvDefault = on === true
            speak()
          },
          (error: unknown) => warn(`TV voice guide unknown: ${String(error)}`),
        )
    },
  }
}
