import { describe, expect, it } from 'vitest'
import { FrameStats, formatFrames } from '../../../emulator/frameStats'

describe('frame stats', () => {
  it('reports frame rate, mean and worst frame over the last second', () => {
    const stats = new FrameStats()
    expect(stats.summary()).toBeUndefined()
    for (let t = 0; t <= 1000; t += 20) stats.add(t)
    stats.add(1100) // one long frame
    const summary = stats.summary()
    expect(summary?.worstMs).toBe(100)
    // The window keeps one stamp at or before t=100, so it spans 100..1100 with 46 intervals.
    expect(summary?.fps).toBeCloseTo(46, 0)
    expect(summary?.meanMs).toBeCloseTo(1000 / 46, 1)
  })

  it('forgets frames older than the window', () => {
    const stats = new FrameStats(1000)
    stats.add(0)
    stats.add(500) // a 500 ms stall, long ago
    for (let t = 516; t <= 3000; t += 16) stats.add(t)
    expect(stats.summary()?.worstMs).toBe(16)
  })

  it('starts again when time goes backwards (a new window)', () => {
    const stats = new FrameStats()
    stats.add(5000)
    stats.add(5016)
    stats.add(10)
    stats.add(26)
    expect(stats.summary()).toEqual({ fps: 62.5, meanMs: 16, worstMs: 16 })
  })

  it('formats the readout', () => {
    expect(formatFrames(undefined)).toBe('— fps')
    expect(formatFrames({ fps: 59.6, meanMs: 16.78, worstMs: 33.4 })).toBe('60 fps · 16.8 ms · worst 33 ms')
  })
})
