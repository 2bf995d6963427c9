import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../../build/csp'

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.split(' ')
    .slice(1) ?? []

describe('CSP for live playback', () => {
  const policy = contentSecurityPolicy({
    appSettings: { live: { title: 'L', url: 'https://cdn.example.test/live/master.m3u8' } },
  })

  it('lets hls.js fetch playlists and segments from the stream host', () => {
    expect(directive(policy, 'connect-src')).toEqual(["'self'", 'https://cdn.example.test'])
  })

  it('lets the video element play the MediaSource blob: URL (and native HLS from the stream host)', () => {
    expect(directive(policy, 'media-src')).toEqual(
      expect.arrayContaining(["'self'", 'blob:', 'https://cdn.example.test']),
    )
  })

  it('needs no looser script or worker policy (hls.js runs with enableWorker: false)', () => {
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'unsafe-eval'"])
    expect(directive(policy, 'worker-src')).toEqual(["'self'"])
  })
})
