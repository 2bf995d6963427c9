import { vi } from 'vitest'
import type { DeviceGlobals, TizenGlobal } from '../../../src/platform/globals'

/** A window-like object with only what the platform layer reads; calls are recorded with vi.fn(). */
export function fakeGlobals(
  overrides: Partial<DeviceGlobals> = {},
  search = '',
  userAgent = 'Mozilla/5.0 Chrome/124',
) {
  const events: Event[] = []
  const globals: DeviceGlobals = {
    navigator: { userAgent },
    location: { search },
    close: vi.fn(),
    dispatchEvent: vi.fn((event: Event) => {
      events.push(event)
      return true
    }),
    ...overrides,
  }
  return { globals, events }
}

export function fakeTizen() {
  const exit = vi.fn()
  const registerKeyBatch = vi.fn()
  const registerKey = vi.fn()
  const tizen: TizenGlobal = {
    application: { getCurrentApplication: () => ({ exit }) },
    tvinputdevice: { registerKeyBatch, registerKey },
  }
  return { tizen, exit, registerKeyBatch, registerKey }
}
