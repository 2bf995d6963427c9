/**
 * Puts remote keys into the app's window the way a TV's browser does: a keydown (repeated while held, with
 * `repeat: true`) and a keyup, each carrying the device's `keyCode`. The app reads `keyCode`, which the
 * KeyboardEvent constructor does not set, so it is defined on the event itself.
 *
 * Held buttons repeat like a real remote: the first repeat after `delayMs`, then one every `intervalMs`,
 * until release. The app's key-repeat gate (src/platform/keyRepeat.ts) paces them as on a device.
 */

export interface KeyStroke {
  code: number
  key: string
}

/** Dispatches one keyboard event on the app's window. Returns false when the app cancelled it. */
export function dispatchKey(
  win: Window,
  type: 'keydown' | 'keyup',
  stroke: KeyStroke,
  repeat = false,
): boolean {
  const KeyboardEventInFrame = (win as Window & typeof globalThis).KeyboardEvent
  const event = new KeyboardEventInFrame(type, {
    key: stroke.key,
    bubbles: true,
    cancelable: true,
    repeat,
  })
  for (const property of ['keyCode', 'which'] as const) {
    Object.defineProperty(event, property, { get: () => stroke.code })
  }
  return win.dispatchEvent(event)
}

export interface RepeatTiming {
  /** A remote's initial repeat delay. */
  delayMs: number
  /** Then one keydown every this often while the button is held. */
  intervalMs: number
}

export const REMOTE_REPEAT: RepeatTiming = { delayMs: 500, intervalMs: 100 }

export interface Timers {
  setTimeout(callback: () => void, ms: number): number
  clearTimeout(id: number): void
}

export interface HeldKey {
  /** Keydowns sent with `repeat: true` so far. */
  readonly repeats: number
  /** Sends the keyup (once) and stops repeating. */
  release(): void
}

/**
 * Sends keydown now and starts repeating; `release()` sends keyup. `target()` is asked for the window on
 * every event, so a key held across an app reload (or exit) simply stops reaching anything.
 */
export function holdKey(
  target: () => Window | undefined,
  stroke: KeyStroke,
  timers: Timers,
  timing: RepeatTiming = REMOTE_REPEAT,
): HeldKey {
  let repeats = 0
  let released = false
  let timer: number | undefined
  const send = (type: 'keydown' | 'keyup', repeat: boolean) => {
    const win = target()
    if (win) dispatchKey(win, type, stroke, repeat)
  }
  const repeatLater = (ms: number) => {
    timer = timers.setTimeout(() => {
      if (released) return
      repeats++
      send('keydown', true)
      repeatLater(timing.intervalMs)
    }, ms)
  }
  send('keydown', false)
  repeatLater(timing.delayMs)
  return {
    get repeats() {
      return repeats
    },
    release() {
      if (released) return
      released = true
      if (timer !== undefined) timers.clearTimeout(timer)
      send('keyup', false)
    },
  }
}
