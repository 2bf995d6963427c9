import { describe, expect, it } from 'vitest'
import { desktopKeyMap } from '../../../src/platform/keymap'
import {
  DEFAULT_REPEAT,
  installKeyRepeatGate,
  KeyRepeatGate,
  repeatKind,
} from '../../../src/platform/keyRepeat'

const RIGHT = 39
const ENTER = 13
const BACK = 8
const UNMAPPED = 65 // "A"

/** Simulates a remote held for `ms` that sends a keydown every `every` ms, with the repeat flag or without. */
function hold(gate: KeyRepeatGate, keyCode: number, ms: number, every: number, flag = true, start = 0) {
  const accepted: number[] = []
  for (let t = start; t < start + ms; t += every) {
    const first = t === start
    if (gate.keydown({ keyCode, repeat: flag && !first, now: t, timeStamp: t })) accepted.push(t)
  }
  return accepted
}

describe('repeatKind', () => {
  it('steps with arrows and paging, acts once for everything else mapped, leaves unknown keys alone', () => {
    expect(repeatKind('Right')).toBe('step')
    expect(repeatKind('PageDown')).toBe('step')
    expect(repeatKind('Enter')).toBe('once')
    expect(repeatKind('Back')).toBe('once')
    expect(repeatKind(undefined)).toBe('free')
  })
})

describe('KeyRepeatGate', () => {
  it('lets a held arrow through at a steady rate, at most one step per interval', () => {
    const gate = new KeyRepeatGate(desktopKeyMap)
    const accepted = hold(gate, RIGHT, 3000, 50)
    expect(accepted[0]).toBe(0)
    const gaps = accepted.slice(1).map((t, i) => t - (accepted[i] ?? 0))
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(DEFAULT_REPEAT.intervalMs)
    // Steady: every gap is the same (the first event past the interval), not bursts.
    expect(new Set(gaps).size).toBe(1)
    expect(accepted.length).toBeGreaterThan(15)
    expect(accepted.length).toBeLessThanOrEqual(3000 / DEFAULT_REPEAT.intervalMs + 1)
  })

  it('lets a held OK through once', () => {
    const gate = new KeyRepeatGate(desktopKeyMap)
    expect(hold(gate, ENTER, 2000, 50)).toEqual([0])
  })

  it('lets a held Back through once', () => {
    const gate = new KeyRepeatGate(desktopKeyMap)
    expect(hold(gate, BACK, 1000, 40)).toEqual([0])
  })

  it('never throttles separate presses (keyup in between), however fast', () => {
    const gate = new KeyRepeatGate(desktopKeyMap)
    for (let t = 0; t < 200; t += 20) {
      expect(gate.keydown({ keyCode: BACK, repeat: false, now: t })).toBe(true)
      gate.keyup(BACK)
    }
  })

  it('drops repeats that queued up while the device was busy, so focus stops within a step of release', () => {
    const gate = new KeyRepeatGate(desktopKeyMap)
    expect(gate.keydown({ keyCode: RIGHT, repeat: false, now: 0, timeStamp: 0 })).toBe(true)
    // Ten repeats produced 50 ms apart during a long task, all handled in a burst at t=1000: the stale ones
    // are dropped, and of the fresh ones only one step gets through.
    const burst = Array.from({ length: 10 }, (_, i) =>
      gate.keydown({ keyCode: RIGHT, repeat: true, now: 1000 + i, timeStamp: 500 + i * 50 }),
    )
    expect(burst.filter(Boolean)).toHaveLength(1)
    const stale = Array.from({ length: 5 }, (_, i) =>
      gate.keydown({ keyCode: RIGHT, repeat: true, now: 3000 + i * 200, timeStamp: 2000 + i * 50 }),
    )
    expect(stale.filter(Boolean)).toHaveLength(0)
  })

  it('treats keydowns without keyups and without the repeat flag (some TV firmware) as a hold', () => {
    const gate = new KeyRepeatGate(desktopKeyMap)
    expect(hold(gate, ENTER, 2000, 50, false)).toEqual([0])
    const steps = hold(gate, RIGHT, 1000, 50, false, 10_000)
    expect(steps.length).toBeLessThanOrEqual(1000 / DEFAULT_REPEAT.intervalMs + 1)
    expect(steps.length).toBeGreaterThan(3)
  })

  it('counts a press as new once that firmware has been quiet longer than a repeat delay', () => {
    const gate = new KeyRepeatGate(desktopKeyMap)
    expect(gate.keydown({ keyCode: ENTER, repeat: false, now: 0 })).toBe(true)
    expect(gate.keydown({ keyCode: ENTER, repeat: false, now: DEFAULT_REPEAT.releaseGuessMs + 1 })).toBe(true)
  })

  it('passes keys it does not know, repeats included', () => {
    const gate = new KeyRepeatGate(desktopKeyMap)
    expect(hold(gate, UNMAPPED, 500, 50)).toHaveLength(10)
  })

  it('forgets held keys when the window loses focus', () => {
    const gate = new KeyRepeatGate(desktopKeyMap)
    gate.keydown({ keyCode: ENTER, repeat: false, now: 0 })
    gate.releaseAll()
    expect(gate.keydown({ keyCode: ENTER, repeat: false, now: 10 })).toBe(true)
  })
})

describe('installKeyRepeatGate', () => {
  it('stops dropped keys before any later listener sees them, and can be removed', () => {
    const target = new EventTarget()
    const seen: number[] = []
    let clock = 0
    const remove = installKeyRepeatGate(target, desktopKeyMap, () => clock)
    target.addEventListener('keydown', (event) => seen.push((event as KeyboardEvent).keyCode))

    const key = (type: string, keyCode: number, repeat = false) => {
      const event = new Event(type, { cancelable: true }) as Event & { keyCode: number; repeat: boolean }
      Object.assign(event, { keyCode, repeat })
      target.dispatchEvent(event)
      return event
    }
    key('keydown', ENTER)
    clock = 40
    const repeat = key('keydown', ENTER, true)
    expect(repeat.defaultPrevented).toBe(true)
    key('keyup', ENTER)
    clock = 60
    key('keydown', ENTER)
    expect(seen).toEqual([ENTER, ENTER])

    remove()
    key('keydown', ENTER, true)
    expect(seen).toEqual([ENTER, ENTER, ENTER])
  })
})
