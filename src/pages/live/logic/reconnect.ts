/**
 * When to try again after the stream failed, and when to stop trying and ask the viewer.
 *
 * Exponential backoff with jitter (many TVs reconnecting to one CDN after an outage must not arrive in
 * lock-step), capped, and a limited number of attempts: after that the screen says what is wrong and
 * offers Retry instead of spinning for ever. The attempt count only resets after the stream has played
 * steadily for a while, so a stream that plays two seconds and dies again still ends in a message.
 *
 * Pure: the caller passes the time and (for tests) the random source.
 */

export interface BackoffConfig {
  /** Delay before the first reconnect, ms. */
  baseMs: number
  /** No delay is longer than this, ms. */
  maxMs: number
  /** Each further attempt waits this many times longer. */
  factor: number
  /** Reconnects before giving up (0: give up at the first failure). */
  attempts: number
  /** 0…1: the delay is drawn from [delay × (1 − jitter), delay]. */
  jitter: number
  /** Playing this long without a failure resets the attempt count, ms. */
  stableMs: number
}

export const DEFAULT_BACKOFF: BackoffConfig = {
  baseMs: 1_000,
  maxMs: 15_000,
  factor: 2,
  attempts: 5,
  jitter: 0.3,
  stableMs: 20_000,
}

/** Delay before reconnect number `attempt` (1-based). */
export function backoffDelay(
  attempt: number,
  config: BackoffConfig,
  random: () => number = Math.random,
): number {
  const raw = config.baseMs * config.factor ** Math.max(0, attempt - 1)
  const capped = Math.min(config.maxMs, raw)
  const spread = capped * Math.min(1, Math.max(0, config.jitter))
  return Math.round(capped - spread * random())
}

export type ReconnectDecision =
  | { action: 'retry'; attempt: number; of: number; delayMs: number }
  | { action: 'give-up'; attempts: number }

export class ReconnectPolicy {
  private failures = 0
  private playingSince: number | undefined

  constructor(
    private readonly config: BackoffConfig,
    private readonly random: () => number = Math.random,
  ) {}

  /** The stream failed (fatal error or stall): retry after a delay, or give up. */
  failed(now: number): ReconnectDecision {
    this.noteStable(now)
    this.playingSince = undefined
    if (this.failures >= this.config.attempts) return { action: 'give-up', attempts: this.failures }
    this.failures += 1
    return {
      action: 'retry',
      attempt: this.failures,
      of: this.config.attempts,
      delayMs: backoffDelay(this.failures, this.config, this.random),
    }
  }

  /** Pictures are moving. Call on every progress sample. */
  playing(now: number): void {
    if (this.playingSince === undefined) this.playingSince = now
    this.noteStable(now)
  }

  /** The viewer paused or left: playing time does not accumulate meanwhile. */
  interrupted(): void {
    this.playingSince = undefined
  }

  /** The viewer asked for a fresh start (Retry): a full set of attempts again. */
  reset(): void {
    this.failures = 0
    this.playingSince = undefined
  }

  get attemptsUsed(): number {
    return this.failures
  }

  private noteStable(now: number): void {
    if (this.playingSince !== undefined && now - this.playingSince >= this.config.stableMs) this.failures = 0
  }
}
