import { describe, expect, it } from 'vitest'
import { MEASURES, parseBenchArgs } from '../../../bench/options'

const ALL = new Set(MEASURES)

describe('bench options', () => {
  it('runs 3 times at 1× and 6× CPU by default, printing the table, every group of figures', () => {
    expect(parseBenchArgs([])).toEqual({ json: false, runs: 3, throttles: [1, 6], only: ALL })
  })

  it('--quick runs twice at 1× only; --runs overrides the count', () => {
    expect(parseBenchArgs(['--quick'])).toEqual({ json: false, runs: 2, throttles: [1], only: ALL })
    expect(parseBenchArgs(['--quick', '--runs', '3']).runs).toBe(3)
    expect(parseBenchArgs(['--runs', '7', '--json'])).toEqual({
      json: true,
      runs: 7,
      throttles: [1, 6],
      only: ALL,
    })
  })

  it('--only measures the named groups only', () => {
    expect([...parseBenchArgs(['--only', 'smoothness,keys']).only]).toEqual(['smoothness', 'keys'])
    expect(() => parseBenchArgs(['--only', 'smoothnes'])).toThrow(/--only: unknown smoothnes/)
  })

  it('refuses a bad run count or an unknown option with the usage', () => {
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs needs a whole number/)
    expect(() => parseBenchArgs(['--runs'])).toThrow(/--runs needs a whole number/)
    expect(() => parseBenchArgs(['--runs', 'two'])).toThrow(/--runs needs a whole number/)
    expect(() => parseBenchArgs(['--jsno'])).toThrow(/unknown option --jsno; npm run bench/)
  })
})
