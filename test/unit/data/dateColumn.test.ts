import { describe, expect, it } from 'vitest'
import { DateColumn } from '../../../src/data/dateColumn'

const column = (values: (number | undefined)[]) => {
  const dates = new DateColumn(values)
  return values.map((_, index) => dates.at(index))
}

describe('DateColumn', () => {
  const now = Date.UTC(2026, 11, 4, 22, 0, 0)

  it('gives back whole-second dates, before and after the first one, and the missing ones', () => {
    const values = [undefined, now, now - 11 * 60_000, undefined, now + 5_000, now - 20 * 365 * 86_400_000]
    expect(column(values)).toEqual(values)
  })

  it('gives back dates with milliseconds, or too far apart for small integers, exactly', () => {
    const precise = [now + 1, undefined, now - 250]
    expect(column(precise)).toEqual(precise)
    const far = [now, 0, undefined, -now]
    expect(column(far)).toEqual(far)
  })

  it('has nothing past its end', () => {
    expect(new DateColumn([now]).at(1)).toBeUndefined()
    expect(new DateColumn([]).at(0)).toBeUndefined()
    expect(new DateColumn([now + 1]).at(1)).toBeUndefined()
  })
})
