import { describe, expect, it } from 'vitest'
import {
  type BackoffConfig,
  backoffDelay,
  DEFAULT_BACKOFF,
  ReconnectPolicy,
} from '../../../src/pages/live/logic/reconnect'

const config: BackoffConfig = {
  baseMs: 1000,
  maxMs: 8000,
  factor: 2,
  attempts: 4,
  jitter: 0.5,
  stableMs: 10_000,
}

describe('backoffDelay', () => {
  it('doubles from the base up to the cap', () => {
    const noJitter = { ...config, jitter: 0 }
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, noJitter))).toEqual([
      1000, 2000, 4000, 8000, 8000, 8000,
    ])
  })

  it('spreads delays below the nominal value by at most the jitter fraction', () => {
    expect(backoffDelay(3, config, () => 0)).toBe(4000)
    expect(backoffDelay(3, config, () => 1)).toBe(2000)
    expect(backoffDelay(3, config, () => 0.5)).toBe(3000)
  })

  it('has defaults that give up within about a minute', () => {
    const total = Array.from({ length: DEFAULT_BACKOFF.attempts }, (_, i) =>
      backoffDelay(i + 1, DEFAULT_BACKOFF, () => 0),
    ).reduce((sum, delay) => sum + delay, 0)
    expect(total).toBeLessThanOrEqual(60_000)
  })
})

describe('ReconnectPolicy', () => {
  it('retries with growing delays, then gives up', () => {
    const policy = new ReconnectPolicy({ ...config, jitter: 0 })
    const decisions = [0, 1, 2, 3, 4].map((i) => policy.failed(i * 100))
    expect(decisions.slice(0, 4)).toEqual([
      { action: 'retry', attempt: 1, of: 4, delayMs: 1000 },
      { action: 'retry', attempt: 2, of: 4, delayMs: 2000 },
      { action: 'retry', attempt: 3, of: 4, delayMs: 4000 },
      { action: 'retry', attempt: 4, of: 4, delayMs: 8000 },
    ])
    expect(decisions[4]).toEqual({ action: 'give-up', attempts: 4 })
  })

  it('gives up at once when no reconnects are allowed', () => {
    expect(new ReconnectPolicy({ ...config, attempts: 0 }).failed(0)).toEqual({
      action: 'give-up',
      attempts: 0,
    })
  })

  it('keeps counting when the stream dies again after a short recovery', () => {
    const policy = new ReconnectPolicy(config, () => 0)
    policy.failed(0)
    policy.playing(2000)
    policy.playing(5000) // 3 s of pictures: not stable yet
    expect(policy.failed(5500)).toMatchObject({ attempt: 2 })
  })

  it('starts afresh after the stream has played steadily', () => {
    const policy = new ReconnectPolicy(config, () => 0)
    policy.failed(0)
    policy.failed(1000)
    policy.playing(2000)
    policy.playing(12_500)
    expect(policy.attemptsUsed).toBe(0)
    expect(policy.failed(13_000)).toMatchObject({ attempt: 1 })
  })

  it('does not count paused time as steady playing', () => {
    const policy = new ReconnectPolicy(config, () => 0)
    policy.failed(0)
    policy.playing(1000)
    policy.interrupted()
    policy.playing(30_000)
    expect(policy.failed(31_000)).toMatchObject({ attempt: 2 })
  })

  it('gives a full set of attempts again after the viewer’s Retry', () => {
    const policy = new ReconnectPolicy({ ...config, attempts: 1 }, () => 0)
    policy.failed(0)
    expect(policy.failed(1).action).toBe('give-up')
    policy.reset()
    expect(policy.failed(2)).toMatchObject({ action: 'retry', attempt: 1 })
  })
})
