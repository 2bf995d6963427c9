import { describe, expect, it, vi } from 'vitest'
import { exitApp } from '../../../src/platform/exit'
import { fakeGlobals, fakeTizen } from './fakes'

const run = (
  platform: Parameters<typeof exitApp>[0]['platform'],
  globals: Parameters<typeof exitApp>[0]['globals'],
) => {
  const closeApp = vi.fn()
  const warn = vi.fn()
  const tried: string[] = []
  const method = exitApp({ platform, globals, closeApp, warn, beforeAttempt: (m) => tried.push(m) })
  return { method, closeApp, warn, tried }
}

describe('exitApp', () => {
  it('Tizen: exits through tizen.application, not the SDK', () => {
    const { tizen, exit } = fakeTizen()
    const result = run('tizen', fakeGlobals({ tizen }).globals)
    expect(result.method).toBe('tizen.exit')
    expect(exit).toHaveBeenCalledTimes(1)
    expect(result.closeApp).not.toHaveBeenCalled()
  })

  it('Tizen without the tizen global (an emulator): falls back to the SDK closeApp', () => {
    const result = run('tizen', fakeGlobals().globals)
    expect(result.method).toBe('sdk.closeApp')
    expect(result.closeApp).toHaveBeenCalledTimes(1)
  })

  it('Tizen whose exit throws: warns and falls back to the SDK closeApp', () => {
    const tizen = {
      application: {
        getCurrentApplication: () => ({
          exit: () => {
            throw new Error('SecurityError')
          },
        }),
      },
    }
    const result = run('tizen', fakeGlobals({ tizen }).globals)
    expect(result.method).toBe('sdk.closeApp')
    expect(result.warn).toHaveBeenCalledWith(expect.stringContaining('tizen.exit'), expect.any(Error))
    expect(result.tried).toEqual(['tizen.exit', 'sdk.closeApp'])
  })

  it('webOS: platformBack from webOSTV.js first', () => {
    const platformBack = vi.fn()
    const { globals } = fakeGlobals({ webOS: { platformBack }, PalmSystem: { platformBack: vi.fn() } })
    const result = run('webos', globals)
    expect(result.method).toBe('webOS.platformBack')
    expect(platformBack).toHaveBeenCalledTimes(1)
    expect(globals.close).not.toHaveBeenCalled()
  })

  it('webOS without webOSTV.js: PalmSystem.platformBack, else window.close()', () => {
    const platformBack = vi.fn()
    expect(run('webos', fakeGlobals({ PalmSystem: { platformBack } }).globals).method).toBe(
      'PalmSystem.platformBack',
    )
    expect(platformBack).toHaveBeenCalledTimes(1)
    const { globals } = fakeGlobals({ webOS: {} })
    expect(run('webos', globals).method).toBe('window.close')
    expect(globals.close).toHaveBeenCalledTimes(1)
  })

  it("Fire TV: Cordova's exitApp in Amazon's wrapper, else window.close()", () => {
    const exitAppFn = vi.fn()
    const wrapped = fakeGlobals({ navigator: { userAgent: 'AFTKA', app: { exitApp: exitAppFn } } })
    expect(run('firetv', wrapped.globals).method).toBe('cordova.exitApp')
    expect(exitAppFn).toHaveBeenCalledTimes(1)
    const bare = fakeGlobals()
    expect(run('firetv', bare.globals).method).toBe('window.close')
  })

  it.each(['rdk', 'desktop'] as const)('%s: the SDK closeApp', (platform) => {
    const { globals } = fakeGlobals()
    const result = run(platform, globals)
    expect(result.method).toBe('sdk.closeApp')
    expect(result.closeApp).toHaveBeenCalledTimes(1)
    expect(globals.close).not.toHaveBeenCalled()
  })
})
