import { describe, expect, it } from 'vitest'
import { type BenchDocument, formatTable, metric, toJson } from '../../../bench/report'

const machine = {
  cpus: 2,
  model: 'Test CPU',
  memoryGb: 8,
  node: 'v20.0.0',
  browser: 'Chromium 140',
  gpu: 'SwiftShader',
  platform: 'linux-x64',
}

const doc = (): BenchDocument => ({
  commit: 'abc1234',
  machine,
  date: '2026-11-25T21:00:00.000Z',
  metrics: [
    metric({
      name: 'startup',
      cpuThrottle: 6,
      unit: 'ms',
      value: 1300.123,
      min: 1200,
      max: 1500.456,
      runs: 5,
      baseline: 1000,
      budget: '≤ 1.3× baseline',
    }),
    metric({ name: 'enterToStory', cpuThrottle: 1, unit: 'ms', value: 110, min: 80, max: 440, runs: 5 }),
    metric({
      name: 'framesOver50ms',
      cpuThrottle: 1,
      unit: 'frames',
      value: 3,
      min: 3,
      max: 3,
      runs: 300,
      baseline: 0,
    }),
  ],
})

describe('bench report', () => {
  it('divides by the baseline measured in the same run, and rounds', () => {
    const [startup] = doc().metrics
    expect(startup).toMatchObject({ value: 1300.12, baseline: 1000, ratio: 1.3, max: 1500.46 })
  })

  it('has no ratio without a baseline, or with a zero one (never Infinity)', () => {
    const [, enter, frames] = doc().metrics
    expect(enter).toMatchObject({ baseline: null, ratio: null })
    expect(frames).toMatchObject({ baseline: 0, ratio: null })
  })

  it('--json has the documented shape: commit, machine, and every metric with every key in one order', () => {
    const parsed = JSON.parse(toJson(doc()))
    expect(Object.keys(parsed)).toEqual(['commit', 'date', 'machine', 'metrics'])
    expect(parsed.commit).toBe('abc1234')
    expect(parsed.machine).toEqual(machine)
    for (const m of parsed.metrics) {
      expect(Object.keys(m)).toEqual([
        'name',
        'cpuThrottle',
        'unit',
        'value',
        'baseline',
        'ratio',
        'runs',
        'min',
        'max',
        'budget',
        'note',
      ])
    }
    expect(parsed.metrics[0]).toMatchObject({ name: 'startup', cpuThrottle: 6, value: 1300.12, ratio: 1.3 })
    expect(parsed.metrics[1]).toMatchObject({ baseline: null, ratio: null, budget: null, note: null })
  })

  it('writes a figure that could not be measured as null, not NaN (which JSON cannot hold)', () => {
    const broken = doc()
    broken.metrics = [
      metric({
        name: 'startup',
        cpuThrottle: 1,
        unit: 'ms',
        value: Number.NaN,
        min: Number.NaN,
        max: Number.NaN,
        runs: 0,
      }),
    ]
    const parsed = JSON.parse(toJson(broken))
    expect(parsed.metrics[0]).toMatchObject({ value: null, min: null, max: null, runs: 0 })
  })

  it('prints a table with one row per metric, the machine, baseline, ratio and budget', () => {
    const lines = formatTable(doc()).split('\n')
    expect(lines[0]).toContain('abc1234')
    expect(lines[0]).toContain('2× Test CPU')
    expect(lines[0]).toContain('SwiftShader')
    expect(lines).toHaveLength(3 + 3) // title, header, rule, rows
    const startup = lines.find((line) => line.includes('startup')) ?? ''
    expect(startup).toMatch(
      /\| 6×\s+\| 1300\.12 ms\s+\| 1000 ms\s+\| 1\.3\s+\| 5\s+\| 1200–1500\.46 \| ≤ 1\.3× baseline/,
    )
    const columns = new Set(lines.slice(1).map((line) => line.length))
    expect(columns.size).toBe(1)
  })
})
