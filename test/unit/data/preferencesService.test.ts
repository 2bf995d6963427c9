import { describe, expect, it, vi } from 'vitest'
import { createPreferencesService, PREFERENCES_KEY } from '../../../src/data/preferencesService'

function memoryStorage(initial: Record<string, unknown> = {}, accepts = true) {
  const data = new Map(Object.entries(initial))
  return {
    data,
    get: vi.fn((key: string) => data.get(key) ?? null),
    set: vi.fn((key: string, value: unknown) => {
      if (accepts) data.set(key, JSON.parse(JSON.stringify(value)))
      return accepts
    }),
  }
}

describe('preferences service', () => {
  it('reads Storage lazily (the SDK Storage works only after launch)', () => {
    const storage = memoryStorage({ [PREFERENCES_KEY]: { textSize: 'L' } })
    const service = createPreferencesService(storage, ['top'])
    expect(storage.get).not.toHaveBeenCalled()
    expect(service.get().textSize).toBe('L')
  })

  it('saves each change and tells subscribers at once', () => {
    const storage = memoryStorage()
    const service = createPreferencesService(storage, ['top', 'world'])
    const heard: string[] = []
    const off = service.subscribe((prefs) => heard.push(prefs.textSize))
    expect(service.setTextSize('S')).toEqual({ changed: true, saved: true })
    expect(heard).toEqual(['S'])
    expect(storage.data.get(PREFERENCES_KEY)).toMatchObject({ version: 1, textSize: 'S' })

    service.moveSection('world', -1)
    expect(
      createPreferencesService(storage, ['top', 'world'])
        .get()
        .sections.map((s) => s.id),
    ).toEqual(['world', 'top'])
    off()
    service.setTextSize('L')
    expect(heard).toEqual(['S', 'S'])
  })

  it('does not save or notify when nothing changes (same size, refused hide)', () => {
    const storage = memoryStorage()
    const service = createPreferencesService(storage, ['top'])
    const listener = vi.fn()
    service.subscribe(listener)
    expect(service.setTextSize('M')).toEqual({ changed: false, saved: true })
    expect(service.toggleSection('top')).toEqual({ changed: false, saved: true })
    expect(listener).not.toHaveBeenCalled()
    expect(storage.set).not.toHaveBeenCalled()
  })

  it('still applies a change Storage refuses, and says so', () => {
    const warn = vi.fn()
    const service = createPreferencesService(memoryStorage({}, false), ['top'], warn)
    expect(service.setTextSize('L')).toEqual({ changed: true, saved: false })
    expect(service.get().textSize).toBe('L')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be saved'))
  })

  it('resets to the defaults and can write itself back after Storage was cleared', () => {
    const storage = memoryStorage()
    const service = createPreferencesService(storage, ['top', 'world'])
    service.toggleSection('top')
    service.reset()
    expect(service.get().sections.every((section) => section.visible)).toBe(true)
    service.setTextSize('S')
    storage.data.clear()
    expect(service.persist()).toBe(true)
    expect(storage.data.get(PREFERENCES_KEY)).toMatchObject({ textSize: 'S' })
  })
})
