import type { KeyMap, KeyName } from './keymap'

/**
 * Key repeat, decided once for the whole app before Lightning sees a key.
 *
 * A held remote button sends keydown after keydown (with `repeat` set, or — on some TV firmware — without
 * it and without keyups in between). Passing them all through makes focus race ahead of the screen, and
 * events that queue up while the device is busy keep moving focus after the viewer has let go. So:
 * - stepping keys (arrows, Page/Channel ±, Rewind/FastForward) repeat at a steady rate: at most one step per
 *   `intervalMs`, and a repeat that waited in the queue longer than `staleMs` is dropped, so focus stops
 *   within one step of release;
 * - every other mapped key (OK, Back, Exit, Menu, Play…) acts once per press: a held OK opens one story;
 * - keys the map does not know pass untouched.
 * A new press (after a keyup) always goes through at once: fast deliberate presses are never throttled.
 */

export interface RepeatOptions {
  /** Shortest time between two accepted repeats of a stepping key: the hold rate (125 ms ≈ 8 steps/s). */
  intervalMs: number
  /** A repeat older than this when it is finally handled was queued behind busy work: dropped. */
  staleMs: number
  /**
   * For firmware that sends no keyup while a key is held: a keydown of the same key within this time of the
   * last one counts as a repeat. Longer than a remote's initial repeat delay (~500 ms).
   */
  releaseGuessMs: number
}

export const DEFAULT_REPEAT: RepeatOptions = { intervalMs: 125, staleMs: 250, releaseGuessMs: 700 }

const STEPPING: ReadonlySet<KeyName> = new Set<KeyName>([
  'Left',
  'Right',
  'Up',
  'Down',
  'PageUp',
  'PageDown',
  'ChannelUp',
  'ChannelDown',
  'Rewind',
  'FastForward',
])

export type RepeatKind = 'step' | 'once' | 'free'

export function repeatKind(name: KeyName | undefined): RepeatKind {
  if (name === undefined) return 'free'
  return STEPPING.has(name) ? 'step' : 'once'
}

export interface KeyDownInfo {
  keyCode: number
  /** KeyboardEvent.repeat. */
  repeat: boolean
  /** When the gate handles it (performance.now()). */
  now: number
  /** When the device produced it (KeyboardEvent.timeStamp, same clock), if known. */
  timeStamp?: number
}

interface Held {
  lastSeen: number
  lastAccepted: number
}

/** The decision logic, free of the DOM so it can be tested with a fake clock. */
export class KeyRepeatGate {
  private readonly held = new Map<number, Held>()

  constructor(
    private readonly keyMap: KeyMap,
    private readonly options: RepeatOptions = DEFAULT_REPEAT,
  ) {}

  /** True when the key should reach the app. */
  keydown({ keyCode, repeat, now, timeStamp }: KeyDownInfo): boolean {
    const kind = repeatKind(this.keyMap[keyCode])
    if (kind === 'free') return true
    const held = this.held.get(keyCode)
    const isRepeat = repeat || (held !== undefined && now - held.lastSeen < this.options.releaseGuessMs)
    if (!isRepeat || held === undefined) {
      // A fresh press, or a repeat of a key pressed before we were listening: count it as the press.
      this.held.set(keyCode, { lastSeen: now, lastAccepted: now })
      return !isRepeat || kind === 'step'
    }
    held.lastSeen = now
    if (kind === 'once') return false
    if (timeStamp !== undefined && timeStamp > 0 && now - timeStamp > this.options.staleMs) return false
    if (now - held.lastAccepted < this.options.intervalMs) return false
    held.lastAccepted = now
    return true
  }

  keyup(keyCode: number): void {
    this.held.delete(keyCode)
  }

  /** The window lost focus: no key can still be held. */
  releaseAll(): void {
    this.held.clear()
  }
}

export interface KeyEventTarget {
  addEventListener(type: string, listener: (event: Event) => void, options: { capture: boolean }): void
  removeEventListener(type: string, listener: (event: Event) => void, options: { capture: boolean }): void
}

/**
 * Puts the gate in front of Lightning: capture-phase listeners on window run before Lightning's own
 * (bubble-phase) keydown listener, and a dropped key goes no further. Returns a function that removes it.
 */
export function installKeyRepeatGate(
  target: KeyEventTarget,
  keyMap: KeyMap,
  now: () => number,
  options: RepeatOptions = DEFAULT_REPEAT,
): () => void {
  const gate = new KeyRepeatGate(keyMap, options)
  const onKeyDown = (event: Event) => {
    const key = event as KeyboardEvent
    const pass = gate.keydown({
      keyCode: key.keyCode,
      repeat: key.repeat,
      now: now(),
      timeStamp: key.timeStamp,
    })
    if (!pass) {
      key.preventDefault()
      key.stopImmediatePropagation()
    }
  }
  const onKeyUp = (event: Event) => gate.keyup((event as KeyboardEvent).keyCode)
  const onBlur = () => gate.releaseAll()
  const capture = { capture: true }
  target.addEventListener('keydown', onKeyDown, capture)
  target.addEventListener('keyup', onKeyUp, capture)
  target.addEventListener('blur', onBlur, capture)
  return () => {
    target.removeEventListener('keydown', onKeyDown, capture)
    target.removeEventListener('keyup', onKeyUp, capture)
    target.removeEventListener('blur', onBlur, capture)
  }
}
