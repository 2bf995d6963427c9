import { describe, expect, it, vi } from 'vitest'
import { tizenKeyMap } from '../../../src/platform/keymap'
import { createPlatform, EXIT_EVENT } from '../../../src/platform/platform'
import { registerTizenKeys } from '../../../src/platform/tizenKeys'
import { fakeGlobals, fakeTizen } from './fakes'

const log = () => ({ warn: vi.fn(), info: vi.fn() })

describe('createPlatform', () => {
  it('is the desktop with the desktop map in a plain browser', () => {
    const { platform, warnings } = createPlatform({
      globals: fakeGlobals().globals,
      rawSettings: {},
      ...log(),
    })
    expect(platform.id).toBe('desktop')
    expect(platform.name).toBe('Desktop browser')
    expect(platform.keyMap[27]).toBe('Back')
    expect(warnings).toEqual([])
  })

  it('follows ?platform= and applies settings.json overrides on top of that platform’s map', () => {
    const raw = { platformSettings: { keys: { 77: 'Menu', webos: { 461: null, 8: 'Back' } } } }
    const { platform } = createPlatform({
      globals: fakeGlobals({}, '?platform=webos').globals,
      rawSettings: raw,
      ...log(),
    })
    expect(platform.id).toBe('webos')
    expect(platform.detection.reason).toBe('query')
    expect(platform.keyMap[461]).toBeUndefined()
    expect(platform.keyMap[8]).toBe('Back')
    expect(platform.keyMap[77]).toBe('Menu')
  })

  it('reports a bad ?platform= among its warnings', () => {
    const { warnings } = createPlatform({
      globals: fakeGlobals({}, '?platform=vcr').globals,
      rawSettings: {},
      ...log(),
    })
    expect(warnings[0]).toMatch(/platform=vcr/)
  })

  it('on Tizen registers the media, colour, channel and Tools keys when started', () => {
    const fake = fakeTizen()
    const { platform } = createPlatform({
      globals: fakeGlobals({ tizen: fake.tizen }).globals,
      rawSettings: {},
      ...log(),
    })
    expect(platform.id).toBe('tizen')
    expect(fake.registerKeyBatch).not.toHaveBeenCalled()
    platform.start()
    const names = fake.registerKeyBatch.mock.calls[0]?.[0] as string[]
    expect(names).toEqual(expect.arrayContaining(['MediaPlayPause', 'ColorF0Red', 'ChannelUp', 'Tools']))
    expect(names).not.toContain('Exit')
  })

  it('announces the exit on window before leaving, naming the platform and the call', () => {
    const fake = fakeTizen()
    const { globals, events } = fakeGlobals({ tizen: fake.tizen })
    const { platform } = createPlatform({ globals, rawSettings: {}, ...log() })
    const closeApp = vi.fn()
    expect(platform.exit(closeApp)).toBe('tizen.exit')
    expect(events.map((event) => [event.type, (event as CustomEvent).detail])).toEqual([
      [EXIT_EVENT, { platform: 'tizen', method: 'tizen.exit' }],
    ])
    expect(fake.exit).toHaveBeenCalledTimes(1)
    expect(closeApp).not.toHaveBeenCalled()
  })
})

describe('registerTizenKeys', () => {
  it('registers one by one where the firmware has no registerKeyBatch, reporting refusals', () => {
    const warn = vi.fn()
    const registerKey = vi.fn((name: string) => {
      if (name === 'Tools') throw new Error('not supported')
    })
    const registered = registerTizenKeys({ tvinputdevice: { registerKey } }, tizenKeyMap, warn)
    expect(registered).toContain('MediaPlay')
    expect(registered).not.toContain('Tools')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Tools'), expect.any(Error))
  })

  it('does nothing without tvinputdevice (a Tizen user agent in a desktop browser)', () => {
    expect(registerTizenKeys(undefined, tizenKeyMap, vi.fn())).toEqual([])
  })
})
