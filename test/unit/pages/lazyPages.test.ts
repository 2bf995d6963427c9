import { describe, expect, it } from 'vitest'
import { lazyPageFor } from '../../../src/pages/lazyPages'

describe('lazyPageFor', () => {
  it('names the page chunk a cold start at a hash route needs', () => {
    expect(lazyPageFor('#story/abc-123')).toBe('story')
    expect(lazyPageFor('#settings')).toBe('settings')
    expect(lazyPageFor('#live')).toBe('live')
  })

  it('needs none for Home, an empty hash or an unknown route', () => {
    expect(lazyPageFor('#home')).toBeUndefined()
    expect(lazyPageFor('')).toBeUndefined()
    expect(lazyPageFor('#storyteller')).toBeUndefined()
  })
})
