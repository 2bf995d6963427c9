import type { SpeechBackend } from './backend'

/**
 * The TV platforms' own speech and voice-guide settings, typed as far as this app uses them. Names are from
 * the vendors' documentation:
 * - webOS: the Luna service `luna://com.webos.service.tts`, method `speak` with `{ text, clear }` (clear:
 *   true drops what is being said), and `luna://com.webos.settingsservice` `getSystemSettings` with
 *   `{ category: 'option', keys: ['audioGuidance'] }` → `settings.audioGuidance === 'on'`.
 * - Tizen: `webapis.tvinfo.getMenuValue(webapis.tvinfo.TvInfoMenuKey.VOICE_GUIDE_KEY)` is
 *   `TvInfoMenuValue.ON` (1) when the TV's Voice Guide is on. Samsung's TVs speak through the Web Speech API,
 *   so Tizen's backend is speechSynthesis; only the default comes from the TV.
 */
export interface LunaRequest {
  onSuccess?(response: unknown): void
  onFailure?(error: unknown): void
  parameters?: Record<string, unknown>
  method?: string
}

export interface WebOsService {
  request(uri: string, request: LunaRequest): unknown
}

export interface TizenTvInfo {
  getMenuValue(key: number): number
  TvInfoMenuKey: { VOICE_GUIDE_KEY: number }
  TvInfoMenuValue?: { ON: number }
}

export interface SpeechGlobals {
  webOS?: { service?: WebOsService }
  webapis?: { tvinfo?: TizenTvInfo }
}

const TTS = 'luna://com.webos.service.tts'
const SETTINGS = 'luna://com.webos.settingsservice'

/** webOS's text-to-speech service; its calls answer later, so failures arrive through `onError`. */
export function webOsBackend(service: WebOsService, warn: (message: string) => void): SpeechBackend {
  return {
    name: 'webOS tts',
    // The service does not say when an utterance ends: read aloud uses speechSynthesis instead.
    reportsEnd: false,
    speak(text, { onError }) {
      try {
        service.request(TTS, {
          method: 'speak',
          parameters: { text, clear: true },
          onFailure: (error) => onError?.(error),
        })
      } catch (error) {
        onError?.(error)
      }
    },
    cancel() {
      // `speak` with clear: true already drops the previous phrase; an empty one silences it.
      try {
        service.request(TTS, { method: 'speak', parameters: { text: '', clear: true } })
      } catch (error) {
        warn(`webOS tts could not be silenced (${String(error)})`)
      }
    },
  }
}

/** The TV's own voice-guide switch, where the platform exposes it; undefined when it cannot be read. */
export function tvVoiceGuide(
  globals: SpeechGlobals,
  warn: (message: string) => void,
): Promise<boolean | undefined> {
  const tvinfo = globals.webapis?.tvinfo
  if (tvinfo) {
    try {
      const on = tvinfo.TvInfoMenuValue?.ON ?? 1
      return Promise.resolve(tvinfo.getMenuValue(tvinfo.TvInfoMenuKey.VOICE_GUIDE_KEY) === on)
    } catch (error) {
      warn(`the TV's voice guide setting could not be read (${String(error)})`)
      return Promise.resolve(undefined)
    }
  }
  const service = globals.webOS?.service
  if (!service) return Promise.resolve(undefined)
  return new Promise((resolve) => {
    try {
      service.request(SETTINGS, {
        method: 'getSystemSettings',
        parameters: { category: 'option', keys: ['audioGuidance'] },
        onSuccess: (response) => resolve(audioGuidanceOf(response)),
        onFailure: (error) => {
          warn(`webOS audio guidance setting could not be read (${JSON.stringify(error)})`)
          resolve(undefined)
        },
      })
    } catch (error) {
      warn(`webOS audio guidance setting could not be read (${String(error)})`)
      resolve(undefined)
    }
  })
}

function audioGuidanceOf(response: unknown): boolean | undefined {
  if (typeof response !== 'object' || response === null || !('settings' in response)) return undefined
  const settings: unknown = response.settings
  if (typeof settings !== 'object' || settings === null || !('audioGuidance' in settings)) return undefined
  return settings.audioGuidance === 'on'
}
