import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findFfmpeg } from '../../../scripts/make-stream'
import { type AppServer, startAppServer } from '../../../server/appServer'
import { liveLoop, loopPlaylist, readLoopChannel } from '../../../server/liveLoop'

const channel = { segmentSeconds: 2, count: 5, prefix: 'loop' }

const segments = (playlist: string) => playlist.split('\n').filter((line) => line.endsWith('.ts'))
const header = (playlist: string, tag: string) => Number(playlist.match(new RegExp(`#${tag}:(\\d+)`))?.[1])

describe('loopPlaylist', () => {
  it('lists a sliding window of six segments that follows the clock', () => {
    const at = loopPlaylist(channel, 20_000) // sequence 10
    expect(header(at, 'EXT-X-MEDIA-SEQUENCE')).toBe(5)
    expect(segments(at)).toEqual([
      'loop000.ts',
      'loop001.ts',
      'loop002.ts',
      'loop003.ts',
      'loop004.ts',
      'loop000.ts',
    ])
    const later = loopPlaylist(channel, 22_000)
    expect(header(later, 'EXT-X-MEDIA-SEQUENCE')).toBe(6)
    expect(at).not.toContain('#EXT-X-ENDLIST')
  })

  it('marks each wrap with a discontinuity and counts earlier ones in the header', () => {
    const at = loopPlaylist(channel, 20_000) // sequences 5…10: wraps at 5 and 10
    expect(at.match(/#EXT-X-DISCONTINUITY\n/g)).toHaveLength(2)
    expect(header(at, 'EXT-X-DISCONTINUITY-SEQUENCE')).toBe(0)
    const later = loopPlaylist(channel, 24_000) // sequences 7…12: one wrap (10) inside, one (5) before
    expect(header(later, 'EXT-X-DISCONTINUITY-SEQUENCE')).toBe(1)
    expect(later.match(/#EXT-X-DISCONTINUITY\n/g)).toHaveLength(1)
  })

  it('starts cleanly at the epoch', () => {
    const first = loopPlaylist(channel, 0)
    expect(segments(first)).toEqual(['loop000.ts'])
    expect(first).not.toContain('#EXT-X-DISCONTINUITY\n')
  })
})

describe('liveLoop route', () => {
  let dir = ''
  let server: AppServer | undefined

  afterEach(async () => {
    await server?.close()
    server = undefined
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('serves the window and the segment files under its mount, nothing else', async () => {
    dir = mkdtempSync(join(tmpdir(), 'loop-'))
    writeFileSync(join(dir, 'loop.json'), JSON.stringify(channel))
    writeFileSync(join(dir, 'loop003.ts'), 'segment')
    writeFileSync(join(dir, 'secret.txt'), 'no')
    const described = readLoopChannel(dir)
    expect(described).toEqual(channel)
    server = await startAppServer({
      root: dir,
      routes: [liveLoop(dir, channel, '/static/live/', () => 20_000)],
    })
    const playlist = await fetch(`${server.url}static/live/channel.m3u8`)
    expect(playlist.headers.get('content-type')).toBe('application/vnd.apple.mpegurl')
    expect(await playlist.text()).toContain('#EXT-X-MEDIA-SEQUENCE:5')
    expect(await (await fetch(`${server.url}static/live/loop003.ts`)).text()).toBe('segment')
    expect((await fetch(`${server.url}static/live/secret.txt`)).status).toBe(404)
    expect((await fetch(`${server.url}static/live/..%2Floop.json`)).status).toBe(404)
  })

  it('reports a folder without a loop channel as none', () => {
    dir = mkdtempSync(join(tmpdir(), 'loop-'))
    expect(readLoopChannel(dir)).toBeUndefined()
  })
})

describe('findFfmpeg', () => {
  it('returns undefined for a missing binary instead of throwing', () => {
    expect(findFfmpeg({ FFMPEG_PATH: '/nonexistent/ffmpeg' })).toBeUndefined()
  })
})
