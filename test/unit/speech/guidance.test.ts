import { describe, expect, it, vi } from 'vitest'
import { normalizeGuidance } from '../../../src/data/guidancePreferences'
import { toStoredGuidance } from '../../../src/data/guidanceStorage'
import { createGuidance } from '../../../src/platform/speech/guidance'
import { guidanceChoices } from '../../../src/platform/speech/guidanceChoices'
import { createGuidanceGate, GUIDANCE_KEY } from '../../../src/platform/speech/guidanceGate'
import type { SpeechRuntime } from '../../../src/platform/speech/runtime'

function memoryStorage(initial: Record<string, unknown> = {}) {
  const values = new Map(Object.entries(initial))
  return {
    values,
    get: (key: string) => values.get(key) ?? null,
    set: (key: string, value: unknown) => {
      values.set(key, value)
      return true
    },
  }
}

function fakeRuntime(tv?: boolean) {
  const focusChanged = vi.fn()
  const stop = vi.fn()
  const runtime = {
    focus: { focusChanged, reset: vi.fn() },
    announcer: { say: vi.fn(), stop },
    tvVoiceGuide: () => Promise.resolve(tv),
  } as unknown as SpeechRuntime
  return { runtime, focusChanged, stop }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('guidance preferences', () => {
  it('normalizes anything unreadable to "not chosen", normal rate, captions off', () => {
    expect(normalizeGuidance('junk')).toEqual({ enabled: undefined, rate: 'normal', captions: false })
    expect(normalizeGuidance({ enabled: true, rate: 'fast', captions: true })).toEqual({
      enabled: true,
      rate: 'fast',
      captions: true,
    })
    expect(normalizeGuidance({ enabled: 'yes', rate: 'warp' })).toEqual({
      enabled: undefined,
      rate: 'normal',
      captions: false,
    })
  })

  it('stores a versioned record', () => {
    expect(toStoredGuidance({ enabled: false, rate: 'slow', captions: true })).toEqual({
      version: 1,
      enabled: false,
      rate: 'slow',
      captions: true,
    })
  })
})

describe('guidance service', () => {
  it('is off by default and loads no speech code while off', () => {
    const load = vi.fn()
    const guidance = createGuidance({
      storage: memoryStorage(),
      query: new URLSearchParams(),
      load,
      warn: vi.fn(),
    })
    guidance.focusChanged([{}])
    guidance.start(false)
    expect(guidance.enabled()).toBe(false)
    expect(load).not.toHaveBeenCalled()
  })

  it('a storage that will not save reports it and the choice still applies until restart', () => {
    const storage = { get: () => null, set: () => false }
    const guidance = createGuidance({ storage, query: new URLSearchParams(), load: vi.fn(), warn: vi.fn() })
    const warn = vi.fn()
    expect(guidanceChoices(guidance, storage, warn).setCaptions(true)).toEqual({
      changed: true,
      saved: false,
    })
    expect(guidanceChoices(guidance, storage, vi.fn()).current().captions).toBe(true)
    expect(warn).toHaveBeenCalled()
  })

  it('?guidance=on forces it on and speaks focus changes once the chunk is in', async () => {
    const { runtime, focusChanged } = fakeRuntime()
    const guidance = createGuidance({
      storage: memoryStorage({ [GUIDANCE_KEY]: { version: 1, enabled: false, rate: 'normal' } }),
      query: new URLSearchParams('guidance=on'),
      load: () => Promise.resolve(runtime),
      warn: vi.fn(),
    })
    expect(guidance.enabled()).toBe(true)
    const path = [{}]
    guidance.focusChanged(path)
    await flush()
    expect(focusChanged).toHaveBeenCalledWith(path)
  })

  it('the choice and the rate are saved, and survive a new service on the same storage', () => {
    const storage = memoryStorage()
    const first = createGuidance({ storage, query: new URLSearchParams(), load: vi.fn(), warn: vi.fn() })
    const choices = guidanceChoices(first, storage, vi.fn())
    expect(choices.setEnabled(true)).toEqual({ changed: true, saved: true })
    expect(choices.setEnabled(true)).toEqual({ changed: false, saved: true })
    choices.setRate('fast')
    expect(first.enabled()).toBe(true)
    const again = createGuidance({ storage, query: new URLSearchParams(), load: vi.fn(), warn: vi.fn() })
    expect(again.enabled()).toBe(true)
    expect(guidanceChoices(again, storage, vi.fn()).current().rate).toBe('fast')
  })

  it('turning it off silences speech at once', async () => {
    const { runtime, stop } = fakeRuntime()
    const storage = memoryStorage()
    const guidance = createGuidance({
      storage,
      query: new URLSearchParams(),
      load: () => Promise.resolve(runtime),
      warn: vi.fn(),
    })
    const choices = guidanceChoices(guidance, storage, vi.fn())
    choices.setEnabled(true)
    guidance.focusChanged([{}])
    await flush()
    choices.setEnabled(false)
    expect(stop).toHaveBeenCalled()
  })

  it("with no choice made, the TV's voice guide decides (Tizen, webOS)", async () => {
    const { runtime } = fakeRuntime(true)
    const storage = memoryStorage()
    const guidance = createGuidance({
      storage,
      query: new URLSearchParams(),
      load: () => Promise.resolve(runtime),
      warn: vi.fn(),
    })
    guidance.start(true)
    await flush()
    expect(guidance.enabled()).toBe(true)
    // A choice made in Settings wins over the TV's.
    guidanceChoices(guidance, storage, vi.fn()).setEnabled(false)
    expect(guidance.enabled()).toBe(false)
  })

  it('the start-up gate loads nothing while guidance is off, and loads it when forced, chosen or left to the TV', async () => {
    const { runtime } = fakeRuntime()
    const service = createGuidance({
      storage: memoryStorage(),
      query: new URLSearchParams('guidance=on'),
      load: () => Promise.resolve(runtime),
      warn: vi.fn(),
    })
    const load = vi.fn(() => Promise.resolve(service))
    const off = createGuidanceGate(
      memoryStorage({ [GUIDANCE_KEY]: { enabled: false } }),
      new URLSearchParams(),
      load,
      vi.fn(),
    )
    off.focusChanged([{}])
    off.start(true)
    expect(load).not.toHaveBeenCalled()
    createGuidanceGate(memoryStorage(), new URLSearchParams(), load, vi.fn()).start(false)
    expect(load).not.toHaveBeenCalled()
    for (const [stored, query, askTv] of [
      [{}, 'guidance=on', false],
      [{ [GUIDANCE_KEY]: { enabled: true } }, '', false],
      [{}, '', true],
    ] as const) {
      load.mockClear()
      createGuidanceGate(memoryStorage(stored), new URLSearchParams(query), load, vi.fn()).start(askTv)
      expect(load).toHaveBeenCalledOnce()
    }
  })
})
