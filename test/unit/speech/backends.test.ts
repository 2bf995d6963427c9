import { describe, expect, it, vi } from 'vitest'
import { type SynthesisLike, synthesisBackend } from '../../../src/platform/speech/backend'
import { chooseBackend, silentBackend } from '../../../src/platform/speech/chooseBackend'
import {
  type LunaRequest,
  type SpeechGlobals,
  tvVoiceGuide,
} from '../../../src/platform/speech/platformBackends'

/** What the tests need of SpeechSynthesisUtterance (node has none). */
interface FakeUtterance {
  text: string
  rate: number
  onend: (() => void) | null
  onerror: ((event: { error: string }) => void) | null
}

function fakeSynthesis() {
  const spoken: FakeUtterance[] = []
  const engine: SynthesisLike = {
    speak: (utterance) => void spoken.push(utterance as unknown as FakeUtterance),
    cancel: vi.fn(),
  }
  const utterance = (text: string) =>
    ({ text, rate: 1, onend: null, onerror: null }) as unknown as SpeechSynthesisUtterance
  return { engine, utterance, spoken }
}

/** A webOS `webOS.service` that records Luna calls and answers as told. */
function fakeWebOs(answer: (uri: string, request: LunaRequest) => void) {
  const calls: { uri: string; request: LunaRequest }[] = []
  const globals: SpeechGlobals = {
    webOS: {
      service: {
        request(uri, request) {
          calls.push({ uri, request })
          answer(uri, request)
          return {}
        },
      },
    },
  }
  return { globals, calls }
}

describe('speechSynthesis backend', () => {
  it('speaks at the rate asked and reports the end', () => {
    const { engine, utterance, spoken } = fakeSynthesis()
    const onEnd = vi.fn()
    synthesisBackend(engine, utterance).speak('Hello', { rate: 1.5, onEnd })
    expect(spoken.map((u) => [u.text, u.rate])).toEqual([['Hello', 1.5]])
    spoken[0]?.onend?.()
    expect(onEnd).toHaveBeenCalledOnce()
  })

  it('reports a synthesis error through onError (never as a page error), but not our own interruptions', () => {
    const { engine, utterance, spoken } = fakeSynthesis()
    const onError = vi.fn()
    const backend = synthesisBackend(engine, utterance)
    backend.speak('A', { rate: 1, onError })
    spoken[0]?.onerror?.({ error: 'interrupted' })
    expect(onError).not.toHaveBeenCalled()
    spoken[0]?.onerror?.({ error: 'synthesis-failed' })
    expect(onError).toHaveBeenCalledWith('synthesis-failed')
  })

  it('an engine that throws on speak reports it through onError', () => {
    const engine: SynthesisLike = {
      speak: () => {
        throw new Error('not allowed')
      },
      cancel: vi.fn(),
    }
    const onError = vi.fn()
    expect(() =>
      synthesisBackend(engine, fakeSynthesis().utterance).speak('A', { rate: 1, onError }),
    ).not.toThrow()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'not allowed' }))
  })

  it('without speech at all the silent backend says so through onError', () => {
    const onError = vi.fn()
    silentBackend().speak('A', { rate: 1, onError })
    expect(onError).toHaveBeenCalledOnce()
  })
})

describe('choosing a backend per platform', () => {
  it('desktop, RDK, Fire TV and Tizen speak through speechSynthesis', () => {
    const { engine, utterance } = fakeSynthesis()
    for (const platform of ['desktop', 'rdk', 'firetv', 'tizen'] as const) {
      expect(
        chooseBackend({ platform, globals: {}, synthesis: { engine, utterance }, warn: vi.fn() }).name,
      ).toBe('speechSynthesis')
    }
  })

  it('webOS speaks through its TTS service with clear: true, so a new phrase replaces the old', () => {
    const { globals, calls } = fakeWebOs(() => undefined)
    const backend = chooseBackend({ platform: 'webos', globals, synthesis: undefined, warn: vi.fn() })
    backend.speak('Top Stories', { rate: 1 })
    expect(backend.name).toBe('webOS tts')
    expect(calls[0]?.uri).toBe('luna://com.webos.service.tts')
    expect(calls[0]?.request.method).toBe('speak')
    expect(calls[0]?.request.parameters).toEqual({ text: 'Top Stories', clear: true })
  })

  it('webOS falls back to speechSynthesis when its service fails, and says the phrase again there', () => {
    const { globals } = fakeWebOs((_uri, request) => request.onFailure?.({ errorText: 'Unknown method' }))
    const { engine, utterance, spoken } = fakeSynthesis()
    const warn = vi.fn()
    const backend = chooseBackend({ platform: 'webos', globals, synthesis: { engine, utterance }, warn })
    backend.speak('One', { rate: 1 })
    backend.speak('Two', { rate: 1 })
    expect(spoken.map((u) => u.text)).toEqual(['One', 'Two'])
    expect(backend.name).toBe('speechSynthesis')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('webOS tts failed'))
  })

  it('webOS without the service object uses speechSynthesis', () => {
    const { engine, utterance } = fakeSynthesis()
    expect(
      chooseBackend({ platform: 'webos', globals: {}, synthesis: { engine, utterance }, warn: vi.fn() }).name,
    ).toBe('speechSynthesis')
  })
})

describe("the TV's own voice guide setting (the default)", () => {
  it('Tizen: webapis.tvinfo VOICE_GUIDE_KEY is ON', async () => {
    const getMenuValue = vi.fn(() => 1)
    const globals: SpeechGlobals = {
      webapis: {
        tvinfo: { getMenuValue, TvInfoMenuKey: { VOICE_GUIDE_KEY: 15 }, TvInfoMenuValue: { ON: 1 } },
      },
    }
    await expect(tvVoiceGuide(globals, vi.fn())).resolves.toBe(true)
    expect(getMenuValue).toHaveBeenCalledWith(15)
    getMenuValue.mockReturnValue(0)
    await expect(tvVoiceGuide(globals, vi.fn())).resolves.toBe(false)
  })

  it('Tizen: a throwing tvinfo is unknown, not an error', async () => {
    const globals: SpeechGlobals = {
      webapis: {
        tvinfo: {
          getMenuValue: () => {
            throw new Error('privilege')
          },
          TvInfoMenuKey: { VOICE_GUIDE_KEY: 15 },
        },
      },
    }
    const warn = vi.fn()
    await expect(tvVoiceGuide(globals, warn)).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalled()
  })

  it("webOS: the settings service's audioGuidance option", async () => {
    const { globals, calls } = fakeWebOs((_uri, request) =>
      request.onSuccess?.({ settings: { audioGuidance: 'on' }, returnValue: true }),
    )
    await expect(tvVoiceGuide(globals, vi.fn())).resolves.toBe(true)
    expect(calls[0]?.uri).toBe('luna://com.webos.settingsservice')
    expect(calls[0]?.request.parameters).toEqual({ category: 'option', keys: ['audioGuidance'] })
  })

  it('webOS: a failing call is unknown; elsewhere there is no setting', async () => {
    const { globals } = fakeWebOs((_uri, request) => request.onFailure?.({ errorCode: -1 }))
    await expect(tvVoiceGuide(globals, vi.fn())).resolves.toBeUndefined()
    await expect(tvVoiceGuide({}, vi.fn())).resolves.toBeUndefined()
  })
})
