import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../../build/csp'

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the app (plus the eval Lightning core needs)', () => {
    const policy = contentSecurityPolicy({ appSettings: { sections: [] } })
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'unsafe-eval'")
    expect(directive(policy, 'object-src')).toBe("object-src 'none'")
    expect(policy).not.toContain("unsafe-inline' 'unsafe-eval")
  })

  it('lets feed requests reach only the origins settings.json names', () => {
    const policy = contentSecurityPolicy({
      appSettings: {
        sections: [
          { id: 'a', url: 'https://feeds.example.org/a.xml' },
          { id: 'b', url: './static/feeds/b.xml' },
          { id: 'c', url: 'https://feeds.example.org/c.xml' },
        ],
        live: { url: 'https://live.example.net/stream.m3u8' },
      },
    })
    expect(directive(policy, 'connect-src')).toBe(
      "connect-src 'self' https://feeds.example.org https://live.example.net",
    )
  })

  it('ignores values that are not http(s) URLs', () => {
    const policy = contentSecurityPolicy({ appSettings: { sections: [{ url: 'javascript:alert(1)' }] } })
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'")
  })

  it('lets images come from any http(s) host but nothing else, with no inline styles, frames or blob: workers', () => {
    const policy = contentSecurityPolicy({
      appSettings: { sections: [{ id: 'a', url: 'https://feeds.example.org/a.xml' }] },
    })
    expect(directive(policy, 'img-src')).toBe("img-src 'self' http: https:")
    expect(directive(policy, 'style-src')).toBe("style-src 'self'")
    expect(directive(policy, 'worker-src')).toBe("worker-src 'self'")
    expect(directive(policy, 'frame-src')).toBe("frame-src 'none'")
    // Image CDNs are not feed hosts: connect-src stays limited to what settings.json names.
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' https://feeds.example.org")
    expect(policy).not.toMatch(/data:|unsafe-inline/)
  })
})
