import {
  DEFAULT_GUIDANCE,
  GUIDANCE_KEY,
  type GuidancePreferences,
  type GuidanceRate,
  normalizeGuidance,
  toStoredGuidance,
} from '../../data/guidancePreferences'
import type { ChangeResult, PreferenceStorage } from '../../data/preferencesService'
import { SPEECH_RATES } from '../../ui/speech/words'
import type { SpeechRuntime } from './runtime'

/**
 * Voice guidance as the app sees it: on or off, at what rate, and the focus changes to speak. This part is in
 * the start-up bundle and stays small; the speech itself (phrases, backends, read aloud) is a chunk loaded the
 * first time it is wanted (runtime.ts), so a viewer who never uses guidance never downloads it.
 */
export interface Guidance {
  /** On when `?guidance=on` forces it, else the viewer's choice, else the TV's voice guide, else off. */
  enabled(): boolean
  /** `?guidance=on`: Settings shows the switch on and cannot turn it off. */
  readonly forced: boolean
  preferences(): GuidancePreferences
  setEnabled(on: boolean): ChangeResult
  setRate(rate: GuidanceRate): ChangeResult
  setCaptions(on: boolean): ChangeResult
  subscribe(listener: () => void): () => void
  /** Writes the choices again (after "Reset cached data" cleared Storage). */
  persist(): boolean
  /** Lightning's focus path after every key and refocus: spoken when guidance is on. */
  focusChanged(path: readonly unknown[]): void
  /** The speech chunk (read aloud uses it whether or not guidance is on). */
  runtime(): Promise<SpeechRuntime>
  /** Reads the TV's own voice-guide default on the platforms that have one (call once, after launch). */
  start(askTv: boolean): void
}

export interface GuidanceSetup {
  storage: PreferenceStorage
  query: URLSearchParams
  load(rate: () => number): Promise<SpeechRuntime>
  warn(message: string): void
}

export function createGuidance({ storage, query, load, warn }: GuidanceSetup): Guidance {
  const forced = query.get('guidance') === 'on'
  let current: GuidancePreferences | undefined
  let tvDefault = false
  let loading: Promise<SpeechRuntime> | undefined
  let loaded: SpeechRuntime | undefined
  let lastPath: readonly unknown[] = []
  const listeners = new Set<() => void>()

  const preferences = (): GuidancePreferences => {
    if (!current) {
      try {
        current = normalizeGuidance(storage.get(GUIDANCE_KEY))
      } catch (error) {
        warn(`stored voice guidance choices could not be read (${String(error)}): using the defaults`)
        current = DEFAULT_GUIDANCE
      }
    }
    return current
  }
  const enabled = () => forced || (preferences().enabled ?? tvDefault)
  const rate = () => SPEECH_RATES[preferences().rate]

  const runtime = (): Promise<SpeechRuntime> => {
    loading ??= load(rate).then((value) => {
      loaded = value
      return value
    })
    return loading
  }

  const speakPath = () => {
    if (!enabled()) return
    if (loaded) {
      loaded.focus.focusChanged(lastPath)
      return
    }
    runtime()
      .then(() => speakPath())
      .catch((error: unknown) => warn(`voice guidance could not load (${String(error)})`))
  }

  const persist = (): boolean => {
    try {
      if (storage.set(GUIDANCE_KEY, toStoredGuidance(preferences()))) return true
      warn('voice guidance choices could not be saved on this device: they apply until the app restarts')
    } catch (error) {
      warn(`voice guidance choices could not be saved (${String(error)})`)
    }
    return false
  }

  const change = (next: Partial<GuidancePreferences>): ChangeResult => {
    const before = preferences()
    const after = { ...before, ...next }
    if (JSON.stringify(after) === JSON.stringify(before)) return { changed: false, saved: true }
    const wasOn = enabled()
    current = after
    const saved = persist()
    if (wasOn && !enabled()) loaded?.announcer.stop()
    // Turned on: say the whole focus path again, starting with the switch that turned it on.
    if (!wasOn && enabled()) loaded?.focus.reset()
    for (const listener of [...listeners]) listener()
    return { changed: true, saved }
  }

  return {
    enabled,
    forced,
    preferences,
    setEnabled: (on) => change({ enabled: on }),
    setRate: (value) => change({ rate: value }),
    setCaptions: (on) => change({ captions: on }),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    persist,
    focusChanged(path) {
      lastPath = path
      speakPath()
    },
    runtime,
    start(askTv) {
      if (forced || !askTv || preferences().enabled !== undefined) {
        if (enabled()) speakPath()
        return
      }
      runtime()
        .then((value) => value.tvVoiceGuide())
        .then((on) => {
          tvDefault = on === true
          speakPath()
        })
        .catch((error: unknown) => warn(`the TV's voice guide setting is unknown (${String(error)})`))
    },
  }
}
