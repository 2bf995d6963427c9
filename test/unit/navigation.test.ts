import { describe, expect, it } from 'vitest'
import { createNavigation, type RouterLike } from '../../src/navigation'

/** A Router that stays busy for a while after each call, like the SDK's (hash change, hooks, page build). */
function slowRouter() {
  const calls: string[] = []
  let busy = 0
  const router: RouterLike = {
    navigate: (hash) => {
      if (busy > 0) throw new TypeError("Cannot set properties of undefined (setting 'hash')")
      calls.push(`navigate ${hash}`)
      busy = 2
    },
    back: () => {
      if (busy > 0) throw new TypeError("Cannot set properties of undefined (setting 'hash')")
      calls.push('back')
      busy = 2
    },
    isNavigating: () => busy > 0,
  }
  return { router, calls, tick: () => (busy = Math.max(0, busy - 1)) }
}

/** A manual clock for `later`: each `frame()` runs what was scheduled, as the app's timer would. */
function frames() {
  let waiting: Array<() => void> = []
  return {
    later: (run: () => void) => waiting.push(run),
    frame() {
      const now = waiting
      waiting = []
      for (const run of now) run()
    },
  }
}

describe('navigation', () => {
  it('runs a single navigation at once', () => {
    const { router, calls } = slowRouter()
    const navigation = createNavigation(router, frames().later)
    navigation.navigate('story/1')
    expect(calls).toEqual(['navigate story/1'])
  })

  it('queues navigations that come while the Router is busy, and runs each in order (a burst of keys)', () => {
    const { router, calls, tick } = slowRouter()
    const clock = frames()
    const navigation = createNavigation(router, clock.later)
    navigation.navigate('story/1')
    navigation.back()
    navigation.navigate('settings')
    navigation.back()
    expect(calls).toEqual(['navigate story/1'])
    expect(navigation.pending).toBe(3)
    for (let i = 0; i < 20 && navigation.pending > 0; i++) {
      tick()
      clock.frame()
    }
    expect(calls).toEqual(['navigate story/1', 'back', 'navigate settings', 'back'])
  })

  it('decides a step when it runs, and one failing step does not stop the next', () => {
    const { router, calls, tick } = slowRouter()
    const clock = frames()
    const navigation = createNavigation(router, clock.later)
    let where = 'home'
    navigation.navigate('story/1')
    navigation.run(() => {
      throw new Error('a broken hook')
    })
    where = 'settings'
    navigation.run((r) => (where === 'settings' ? r.back() : r.navigate('settings')))
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      for (let i = 0; i < 20 && navigation.pending > 0; i++) {
        tick()
        clock.frame()
      }
    } finally {
      console.error = original
    }
    expect(calls).toEqual(['navigate story/1', 'back'])
    expect(errors).toHaveLength(1)
  })

  it('forgets waiting navigations when asked (the exit dialog), so a late Back cannot reopen it', () => {
    const { router, calls, tick } = slowRouter()
    const clock = frames()
    const navigation = createNavigation(router, clock.later)
    navigation.back()
    navigation.back()
    navigation.back()
    expect(navigation.pending).toBe(2)
    navigation.dropWaiting()
    expect(navigation.pending).toBe(0)
    for (let i = 0; i < 5; i++) {
      tick()
      clock.frame()
    }
    expect(calls).toEqual(['back'])
  })
})
