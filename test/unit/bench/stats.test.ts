import { describe, expect, it } from 'vitest'
import { median, percentile, round, summary } from '../../../bench/stats'

describe('bench stats', () => {
  it('takes nearest-rank percentiles without interpolating', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]
    expect(percentile(samples, 50)).toBe(5)
    expect(percentile(samples, 95)).toBe(10)
    expect(percentile(samples, 90)).toBe(9)
    expect(percentile(samples, 0)).toBe(1)
    expect(percentile(samples, 100)).toBe(10)
  })

  it('p95 of 100 samples is the 95th smallest, and the input is left unsorted', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect(percentile(samples, 95)).toBe(95)
    expect(samples[0]).toBe(100)
  })

  it('median of an odd count is the middle value; of an even count the lower middle', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2)
  })

  it('gives NaN, not a made-up number, for no samples', () => {
    expect(percentile([], 50)).toBeNaN()
    expect(summary([])).toEqual({ value: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 })
  })

  it('summarises median and spread', () => {
    expect(summary([120, 100, 300, 110, 105])).toEqual({ value: 110, min: 100, max: 300, runs: 5 })
  })

  it('rounds to the given digits', () => {
    expect(round(1.23456)).toBe(1.23)
    expect(round(1.23456, 3)).toBe(1.235)
    expect(round(131.4999, 0)).toBe(131)
  })
})
