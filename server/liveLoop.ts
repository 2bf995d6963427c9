/**
 * Serves a folder of pre-made segments (scripts/make-stream.ts `makeLoopChannel`) as an endless live HLS
 * channel: the media playlist is a sliding window computed from the wall clock, looping over the segments
 * with a discontinuity at each wrap. `npm start` uses it for the bundled sample channel, so the live
 * player can be tried offline without an encoder running.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Route } from './appServer.ts'
import { staticFiles } from './appServer.ts'

export interface LoopChannel {
  segmentSeconds: number
  count: number
  prefix: string
}

/** Segments listed in each playlist (the live window). */
const WINDOW = 6

const segmentName = (channel: LoopChannel, index: number) =>
  `${channel.prefix}${String(index).padStart(3, '0')}.ts`

/** The live playlist at `nowMs`. Pure, so the window arithmetic is unit-tested. */
export function loopPlaylist(channel: LoopChannel, nowMs: number, window = WINDOW): string {
  const current = Math.floor(nowMs / 1000 / channel.segmentSeconds)
  const first = Math.max(0, current - window + 1)
  // Each wrap back to segment 0 (sequence k with k % count === 0, k > 0) is a discontinuity; the header
  // counts those before the first listed segment (its own one is listed as a tag).
  const wrapsBefore = (sequence: number) => Math.floor(Math.max(0, sequence - 1) / channel.count)
  const lines = [
    '#EXTM3U',
    '#EXT-X-VERSION:3',
    `#EXT-X-TARGETDURATION:${Math.ceil(channel.segmentSeconds)}`,
    `#EXT-X-MEDIA-SEQUENCE:${first}`,
    `#EXT-X-DISCONTINUITY-SEQUENCE:${wrapsBefore(first)}`,
  ]
  for (let sequence = first; sequence <= current; sequence++) {
    const index = sequence % channel.count
    if (index === 0 && sequence > 0) lines.push('#EXT-X-DISCONTINUITY')
    lines.push(`#EXTINF:${channel.segmentSeconds.toFixed(3)},`, segmentName(channel, index))
  }
  return `${lines.join('\n')}\n`
}

export function readLoopChannel(dir: string): LoopChannel | undefined {
  const file = join(dir, 'loop.json')
  if (!existsSync(file)) return undefined
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<LoopChannel>
  if (
    typeof raw.segmentSeconds !== 'number' ||
    typeof raw.count !== 'number' ||
    typeof raw.prefix !== 'string'
  ) {
    throw new Error(`${file} is not a loop channel description`)
  }
  return { segmentSeconds: raw.segmentSeconds, count: raw.count, prefix: raw.prefix }
}

/**
 * Answers `<mount>channel.m3u8` with the live window and `<mount><segment>.ts` from `dir`.
 * `mount` is a URL path ending in '/', e.g. '/static/live/'. The clock starts one window before the route
 * was made (the first playlist is already full) rather than at the Unix epoch: hls.js hangs on discontinuity
 * sequence numbers in the hundreds of millions, which an epoch clock with a short loop reaches.
 */
export function liveLoop(dir: string, channel: LoopChannel, mount: string, now?: () => number): Route {
  const files = staticFiles(dir)
  const started = Date.now() - WINDOW * channel.segmentSeconds * 1000
  const clock = now ?? (() => Date.now() - started)
  return (req, res, url) => {
    if (!url.pathname.startsWith(mount)) return false
    const rest = url.pathname.slice(mount.length)
    if (rest === 'channel.m3u8') {
      res.writeHead(200, { 'content-type': 'application/vnd.apple.mpegurl', 'cache-control': 'no-cache' })
      res.end(req.method === 'HEAD' ? undefined : loopPlaylist(channel, clock()))
      return true
    }
    if (!/^[a-z]+\d{3}\.ts$/.test(rest)) return false
    return files(req, res, new URL(`/${rest}`, url))
  }
}
