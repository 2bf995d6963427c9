// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { dispatchKey, holdKey, type Timers } from '../../../emulator/keySender'

function record(win: Window): string[] {
  const seen: string[] = []
  for (const type of ['keydown', 'keyup']) {
    win.addEventListener(type, (event) => {
      const key = event as KeyboardEvent
      seen.push(`${key.type}:${key.keyCode}:${key.which}:${key.key}${key.repeat ? ':repeat' : ''}`)
    })
  }
  return seen
}

/** A clock the test moves by hand. */
function fakeTimers() {
  let now = 0
  let next = 1
  const pending = new Map<number, { at: number; run: () => void }>()
  const timers: Timers = {
    setTimeout(run, ms) {
      pending.set(next, { at: now + ms, run })
      return next++
    },
    clearTimeout(id) {
      pending.delete(id)
    },
  }
  const advance = (ms: number) => {
    const end = now + ms
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      pending.delete(due[0])
      now = due[1].at
      due[1].run()
    }
    now = end
  }
  return { timers, advance, pending }
}

describe('key sender', () => {
  it("puts the device's keyCode on the event (the constructor cannot)", () => {
    const seen = record(window)
    expect(dispatchKey(window, 'keydown', { code: 10009, key: 'XF86Back' })).toBe(true)
    expect(seen).toEqual(['keydown:10009:10009:XF86Back'])
  })

  it('tells when the app cancelled the key', () => {
    window.addEventListener('keydown', (event) => event.preventDefault(), { once: true })
    expect(dispatchKey(window, 'keydown', { code: 13, key: 'Enter' })).toBe(false)
  })

  it('holds like a remote: keydown, repeats after the delay then at the interval, one keyup', () => {
    const win = window
    const seen = record(win)
    const clock = fakeTimers()
    const held = holdKey(() => win, { code: 39, key: 'ArrowRight' }, clock.timers, {
      delayMs: 500,
      intervalMs: 100,
    })
    expect(seen).toEqual(['keydown:39:39:ArrowRight'])
    clock.advance(499)
    expect(held.repeats).toBe(0)
    clock.advance(1 + 300)
    expect(held.repeats).toBe(4)
    held.release()
    held.release()
    clock.advance(1000)
    expect(seen.filter((s) => s.endsWith(':repeat'))).toHaveLength(4)
    expect(seen.at(-1)).toBe('keyup:39:39:ArrowRight')
    expect(seen.filter((s) => s.startsWith('keyup'))).toHaveLength(1)
    expect(clock.pending.size).toBe(0)
  })

  it('stops reaching an app that went away while the key was held', () => {
    const seen = record(window)
    const clock = fakeTimers()
    let target: Window | undefined = window
    const held = holdKey(() => target, { code: 40, key: 'ArrowDown' }, clock.timers)
    target = undefined
    clock.advance(2000)
    held.release()
    expect(seen).toEqual(['keydown:40:40:ArrowDown'])
  })
})
