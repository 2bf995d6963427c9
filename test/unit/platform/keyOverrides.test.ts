import { describe, expect, it } from 'vitest'
import { parseKeyOverrides } from '../../../src/platform/keyOverrides'

const settings = (keys: unknown) => ({ platformSettings: { keys } })

describe('parseKeyOverrides (settings.json platformSettings.keys)', () => {
  it('has nothing to do without the key', () => {
    expect(parseKeyOverrides({ platformSettings: {} }, 'desktop')).toEqual({ overrides: {}, warnings: [] })
    expect(parseKeyOverrides(undefined, 'desktop')).toEqual({ overrides: {}, warnings: [] })
  })

  it('applies top-level codes everywhere and a platform block only on that platform, after the shared ones', () => {
    const raw = settings({
      113: 'Menu',
      77: null,
      tizen: { 113: 'Info', 10133: 'Menu' },
      webos: { 1: 'Back' },
    })
    expect(parseKeyOverrides(raw, 'tizen').overrides).toEqual({ 113: 'Info', 77: null, 10133: 'Menu' })
    expect(parseKeyOverrides(raw, 'desktop').overrides).toEqual({ 113: 'Menu', 77: null })
  })

  it('skips bad entries with a warning each and keeps the good ones', () => {
    const { overrides, warnings } = parseKeyOverrides(
      settings({ 113: 'Menu', abc: 'Back', 114: 'Teleport', 115: 3, rdk: 'Back', tizen: { x: 'Back' } }),
      'desktop',
    )
    expect(overrides).toEqual({ 113: 'Menu' })
    expect(warnings).toHaveLength(5)
    expect(warnings.join('\n')).toMatch(/"abc" is not a key code/)
    expect(warnings.join('\n')).toMatch(/"Teleport" is not one of Left, Right/)
    expect(warnings.join('\n')).toMatch(/keys\.rdk must be an object/)
    expect(warnings.join('\n')).toMatch(/keys\.tizen: "x" is not a key code/)
  })

  it('ignores a keys value that is not an object', () => {
    const { overrides, warnings } = parseKeyOverrides(settings(['Back']), 'desktop')
    expect(overrides).toEqual({})
    expect(warnings[0]).toMatch(/must be an object/)
  })
})
