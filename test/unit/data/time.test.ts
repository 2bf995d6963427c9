import { describe, expect, it } from 'vitest'
import { describeAge } from '../../../src/data/time'

describe('describeAge', () => {
  // Local time, as the TV shows it: 25 Nov 2026, 15:00.
  const now = new Date(2026, 10, 25, 15, 0).getTime()
  const at = (...parts: [number, number, number, number, number]) => new Date(...parts).getTime()
  it.each([
    [now - 30_000, 'Just now'],
    [at(2026, 10, 25, 14, 59), '1 min ago'],
    [at(2026, 10, 25, 15, 3), 'Just now'],
    [at(2026, 10, 25, 14, 48), '12 min ago'],
    [at(2026, 10, 25, 12, 0), '3 h ago'],
    [at(2026, 10, 24, 16, 0), '23 h ago'],
    [at(2026, 10, 24, 9, 0), 'Yesterday'],
    [at(2026, 10, 22, 9, 0), '22 Nov'],
    [at(2025, 10, 22, 9, 0), '22 Nov 2025'],
    [at(2026, 10, 26, 9, 0), '26 Nov'],
  ])('%s → %s', (time, expected) => {
    expect(describeAge(time, now)).toBe(expected)
  })

  it('says nothing for a missing date', () => {
    expect(describeAge(undefined, now)).toBe('')
    expect(describeAge(Number.NaN, now)).toBe('')
  })
})
