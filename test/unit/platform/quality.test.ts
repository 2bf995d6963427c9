import { describe, expect, it } from 'vitest'
import {
  chooseQuality,
  createQuality,
  isSlow,
  type QualityLevel,
  startLevel,
} from '../../../src/platform/quality'
import { localQualityMemory } from '../../../src/platform/qualityMemory'

function memory(initial?: string) {
  let stored: unknown = initial
  return {
    read: () => stored,
    write: (level: QualityLevel) => {
      stored = level
    },
    stored: () => stored,
  }
}

describe('drawing quality', () => {
  it('takes ?quality= over settings.json, and reports an unknown URL value instead of using it', () => {
    const warnings: string[] = []
    const warn = (message: string) => warnings.push(message)
    expect(chooseQuality(null, 'high', warn)).toBe('high')
    expect(chooseQuality('low', 'high', warn)).toBe('low')
    expect(chooseQuality('auto', 'low', warn)).toBe('auto')
    expect(warnings).toEqual([])
    expect(chooseQuality('fast', 'high', warn)).toBe('high')
    expect(warnings).toEqual(['?quality=fast is not one of auto, high, low: ignored'])
  })

  it('starts a forced level as it is, and auto at what the device measured before (high at first)', () => {
    expect(startLevel('low', 'high')).toBe('low')
    expect(startLevel('high', 'low')).toBe('high')
    expect(startLevel('auto', undefined)).toBe('high')
    expect(startLevel('auto', 'low')).toBe('low')
    expect(startLevel('auto', 'garbage')).toBe('high')
  })

  it('calls frames slow when their median interval is over 25 ms (below 40 fps)', () => {
    expect(isSlow([])).toBe(false)
    expect(isSlow([16.7, 16.7, 16.6, 33.4, 16.7])).toBe(false)
    // A few slow frames do not make a slow device…
    expect(isSlow([16.7, 16.7, 50, 50, 16.7, 16.7])).toBe(false)
    // …but a device that draws most frames in two vsyncs or more is one.
    expect(isSlow([33.3, 33.4, 16.7, 50, 33.3])).toBe(true)
    expect(isSlow([20, 20, 20], 15)).toBe(true)
  })

  it('auto steps down once, tells its listeners and remembers it; a forced level never moves', () => {
    const remembered = memory()
    const auto = createQuality('auto', remembered)
    const heard: QualityLevel[] = []
    const unsubscribe = auto.subscribe((level) => heard.push(level))
    expect(auto.level()).toBe('high')
    auto.stepDown()
    auto.stepDown()
    expect(auto.level()).toBe('low')
    expect(heard).toEqual(['low'])
    expect(remembered.stored()).toBe('low')
    unsubscribe()

    const forced = createQuality('high', memory('low'))
    forced.stepDown()
    expect(forced.level()).toBe('high')
  })

  it('remembers the level in localStorage under the app id, and survives storage that throws', () => {
    const values = new Map<string, string>()
    const storage = {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
    } as unknown as Storage
    const remembered = localQualityMemory('com.example.news', storage)
    expect(remembered.read()).toBeUndefined()
    remembered.write('low')
    expect(values.get('com.example.news.lightwire-quality')).toBe('low')
    expect(remembered.read()).toBe('low')

    const broken = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    } as unknown as Storage
    const unusable = localQualityMemory('com.example.news', broken)
    expect(unusable.read()).toBeUndefined()
    expect(() => unusable.write('low')).not.toThrow()
  })
})
