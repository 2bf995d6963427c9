import { describe, expect, it } from 'vitest'
import type { NewsSnapshot } from '../../../src/data/newsStore'
import { createImageFailures, forgetImageFailuresWhenHealed } from '../../../src/platform/imageFailures'

function fakeNews() {
  let listener: ((snapshot: NewsSnapshot) => void) | undefined
  return {
    subscribe(next: (snapshot: NewsSnapshot) => void) {
      listener = next
      return () => {
        listener = undefined
      }
    },
    emit: (updatedAt: number) => listener?.({ sections: [], updatedAt }),
  }
}

describe('image failures', () => {
  it('remembers failed URLs, the oldest going first past the limit', () => {
    const failures = createImageFailures(2)
    failures.failed('a')
    failures.failed('b')
    expect(failures.hasFailed('a')).toBe(true)
    failures.failed('c')
    expect(failures.hasFailed('a')).toBe(false)
    expect(failures.hasFailed('b') && failures.hasFailed('c')).toBe(true)
  })

  it('forgets them when the network comes back or a refresh brings news, not on every snapshot', () => {
    const failures = createImageFailures()
    const news = fakeNews()
    const events = new EventTarget()
    const stop = forgetImageFailuresWhenHealed(failures, news, events)
    news.emit(100)
    failures.failed('x')
    news.emit(100)
    expect(failures.hasFailed('x')).toBe(true)
    news.emit(200)
    expect(failures.hasFailed('x')).toBe(false)
    failures.failed('y')
    events.dispatchEvent(new Event('online'))
    expect(failures.hasFailed('y')).toBe(false)
    stop()
    failures.failed('z')
    events.dispatchEvent(new Event('online'))
    expect(failures.hasFailed('z')).toBe(true)
  })
})
