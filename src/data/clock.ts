/**
 * Time, injected: the store's refresh timer and the HTTP client's back-off go through this, so tests can
 * drive time by hand and nothing in src/data reads the global clock directly.
 */
export interface Clock {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
}

export const sleep = (clock: Clock, ms: number): Promise<void> =>
  new Promise((resolve) => {
    clock.setTimeout(resolve, ms)
  })

/**
 * Lets the host run its pending work (input events, frames) before continuing: scheduling, not time, so it
 * uses the real event loop even when a test drives the clock by hand.
 */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    globalThis.setTimeout(resolve, 0)
  })
