import { describe, expect, it } from 'vitest'
import { english } from '../../src/i18n/english'
import { metaLine, relativeTime, updatedLabel } from '../../src/ui/relativeTime'

const NOW = Date.UTC(2025, 4, 6, 12, 0, 0)
const MIN = 60_000

describe('relativeTime', () => {
  it.each([
    [NOW - 10_000, 'Just now'],
    [NOW + 3 * MIN, 'Just now'],
    [NOW - 5 * MIN, '5 min ago'],
    [NOW - 59 * MIN, '59 min ago'],
    [NOW - 60 * MIN, '1 h ago'],
    [NOW - 23 * 60 * MIN, '23 h ago'],
    [NOW - 30 * 60 * MIN, 'Yesterday'],
    [NOW - 3 * 24 * 60 * MIN, '3 days ago'],
  ])('%s → %s', (then, expected) => {
    expect(relativeTime(then, NOW, english)).toBe(expected)
  })

  it('gives a date for anything older than a week, and nothing when there is no date', () => {
    expect(relativeTime(Date.UTC(2025, 2, 3, 12), NOW, english)).toBe('3 Mar')
    expect(relativeTime(undefined, NOW, english)).toBe('')
    expect(relativeTime(Number.NaN, NOW, english)).toBe('')
  })

  it('words the header freshness line', () => {
    expect(updatedLabel(0, NOW, english)).toBe('')
    expect(updatedLabel(NOW - 20_000, NOW, english)).toBe('Updated just now')
    expect(updatedLabel(NOW - 4 * MIN, NOW, english)).toBe('Updated 4 min ago')
  })

  it('joins only the parts that exist', () => {
    expect(metaLine('World', '', undefined, '5 min ago')).toBe('World · 5 min ago')
  })
})
