import { describe, expect, it } from 'vitest'
import { StallWatchdog } from '../../../src/pages/live/logic/stallWatchdog'

const playing = (now: number, currentTime: number) => ({ now, currentTime, expectingPlayback: true })

describe('StallWatchdog', () => {
  it('stays quiet while the playhead moves', () => {
    const dog = new StallWatchdog(3000, 0)
    for (let t = 0; t <= 20_000; t += 500) expect(dog.sample(playing(t, t / 1000))).toBe('ok')
  })

  it('reports a stall once the playhead has been still for the whole period', () => {
    const dog = new StallWatchdog(3000, 0)
    expect(dog.sample(playing(0, 10))).toBe('ok')
    expect(dog.sample(playing(1000, 11))).toBe('ok')
    expect(dog.sample(playing(2000, 11))).toBe('ok')
    expect(dog.sample(playing(3900, 11.01))).toBe('ok') // frame jitter is not progress, but 2.9 s is not yet 3
    expect(dog.sample(playing(4000, 11))).toBe('stalled')
  })

  it('reports once per period, not on every sample', () => {
    const dog = new StallWatchdog(3000, 0)
    dog.sample(playing(0, 5))
    const verdicts = [1000, 2000, 3000, 4000, 5000, 6000].map((t) => dog.sample(playing(t, 5)))
    expect(verdicts.filter((v) => v === 'stalled')).toHaveLength(2)
  })

  it('counts a stream that never starts as stalled (nothing arrives after opening)', () => {
    const dog = new StallWatchdog(3000, 0)
    expect(dog.sample(playing(500, 0))).toBe('ok')
    expect(dog.sample(playing(3000, 0))).toBe('stalled')
  })

  it('never blames a deliberate pause, and gives a fresh grace period after it', () => {
    const dog = new StallWatchdog(3000, 0)
    dog.sample(playing(0, 5))
    for (let t = 500; t <= 60_000; t += 500) {
      expect(dog.sample({ now: t, currentTime: 5, expectingPlayback: false })).toBe('ok')
    }
    // The period counts from the last paused sample (60 s), not from the start of the pause.
    expect(dog.sample(playing(61_000, 5))).toBe('ok')
    expect(dog.sample(playing(62_900, 5))).toBe('ok')
    expect(dog.sample(playing(63_000, 5))).toBe('stalled')
  })

  it('restarts the grace period on reset (a reconnect)', () => {
    const dog = new StallWatchdog(3000, 0)
    dog.sample(playing(0, 5))
    dog.sample(playing(2500, 5))
    dog.reset(2600)
    expect(dog.sample(playing(3000, 0))).toBe('ok')
    expect(dog.sample(playing(5000, 0))).toBe('ok')
    expect(dog.stillFor(5000)).toBe(2400)
    expect(dog.sample(playing(5600, 0))).toBe('stalled')
  })
})
