/** preloadFetch: one `<link rel="preload" as="fetch" crossorigin="anonymous">` per URL, in the head. */
import { afterEach, describe, expect, it } from 'vitest'
import { preloadFetch } from '../../src/platform/preloadFetch'

describe('preloadFetch', () => {
  afterEach(() => {
    for (const link of document.head.querySelectorAll('link[rel="preload"]')) link.remove()
  })

  it('adds one anonymous fetch preload per URL', () => {
    const preload = preloadFetch(document)
    preload('http://127.0.0.1/static/feeds/top.xml')
    preload('http://127.0.0.1/static/feeds/world.xml')
    preload('http://127.0.0.1/static/feeds/top.xml')
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')]
    expect(links.map((link) => [link.href, link.as, link.crossOrigin])).toEqual([
      ['http://127.0.0.1/static/feeds/top.xml', 'fetch', 'anonymous'],
      ['http://127.0.0.1/static/feeds/world.xml', 'fetch', 'anonymous'],
    ])
  })
})
