import { describe, expect, it } from 'vitest'
import { dateAt, dateColumn } from '../../../src/data/columns'

const column = (values: (number | undefined)[]) => {
  const dates = dateColumn(values)
  return values.map((_, index) => dateAt(dates, index))
}

describe('dateColumn', () => {
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

  it('keeps whole-second dates as small integers, anything else as milliseconds', () => {
    expect(dateColumn([now, undefined, now - 60_000])).toMatchObject({
      base: now,
      scale: 1000,
      values: [0, undefined, -60],
    })
    expect(dateColumn([now, now + 1])).toMatchObject({ base: 0, scale: 1, values: [now, now + 1] })
  })

  it('has nothing past its end', () => {
    expect(dateAt(dateColumn([now]), 1)).toBeUndefined()
    expect(dateAt(dateColumn([]), 0)).toBeUndefined()
    expect(dateAt(dateColumn([now + 1]), 1)).toBeUndefined()
  })
})
