import { describe, expect, it } from 'vitest'
import {
  createTextSizePreference,
  DEFAULT_TEXT_SIZE,
  type PreferenceStorage,
  stepTextSize,
  TEXT_SIZE_KEY,
} from '../../../src/data/textSize'

function memoryStorage(
  initial: Record<string, unknown> = {},
): PreferenceStorage & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial))
  return {
    data,
    get: (key) => data.get(key),
    set: (key, value) => {
      data.set(key, value)
      return true
    },
  }
}

describe('text size preference', () => {
  it('defaults to M and persists a choice', () => {
    const storage = memoryStorage()
    const preference = createTextSizePreference(storage)
    expect(preference.get()).toBe(DEFAULT_TEXT_SIZE)
    preference.set('L')
    expect(storage.data.get(TEXT_SIZE_KEY)).toBe('L')
    expect(createTextSizePreference(storage).get()).toBe('L')
  })

  it('reads a corrupt stored value as the default', () => {
    expect(createTextSizePreference(memoryStorage({ [TEXT_SIZE_KEY]: 'XXL' })).get()).toBe('M')
    expect(createTextSizePreference(memoryStorage({ [TEXT_SIZE_KEY]: 3 })).get()).toBe('M')
  })

  it('keeps the new size for this session and reports it when storage fails', () => {
    const errors: string[] = []
    const broken: PreferenceStorage = {
      get: () => {
        throw new Error('denied')
      },
      set: () => false,
    }
    const preference = createTextSizePreference(broken, (message) => errors.push(message))
    expect(preference.get()).toBe('M')
    preference.set('S')
    expect(preference.get()).toBe('S')
    expect(errors).toHaveLength(2)
  })

  it('steps between sizes and stops at the ends', () => {
    expect(stepTextSize('M', 1)).toBe('L')
    expect(stepTextSize('L', 1)).toBe('L')
    expect(stepTextSize('M', -1)).toBe('S')
    expect(stepTextSize('S', -1)).toBe('S')
  })
})
