/**
 * Real HLS streams for the live e2e tests (one with a WebVTT subtitle track, for captions), made with ffmpeg at test time (scripts/make-stream.ts) and
 * served by a separate "stream server" on 127.0.0.1 that tests can stop, restart and make answer 404.
 * The app reaches it through a same-origin proxy route (`/stream/…` on the app server): the built app's
 * CSP only allows its own origin and the hosts in settings.json, and a proxy whose upstream is gone fails
 * the way a dead CDN does (the connection drops).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type LiveEncoder, makeCaptionedVod, makeVod, startLiveEncoder } from '../../../scripts/make-stream'
import { type Route, staticFiles } from '../../../server/appServer'

export interface StreamServer {
  /** Root folder: `vod/index.m3u8`, `live/live.m3u8`. */
  dir: string
  /** Add to `tv.open({ routes })`: proxies `/stream/<path>` to the stream server. */
  route: Route
  /** Media segments (.ts) answer 404 while true. */
  segments404: boolean
  /** Starts (or restarts, on the same port) the stream server. */
  start(): Promise<void>
  /** Stops it: open connections are cut, new ones refused. */
  kill(): Promise<void>
  readonly running: boolean
  encoder: LiveEncoder | undefined
  /** Starts the background live ffmpeg and waits for its first segments. */
  startLive(): Promise<LiveEncoder>
  makeVod(seconds?: number): Promise<void>
  /** `captioned/master.m3u8`: a VOD with a WebVTT subtitle track. */
  makeCaptionedVod(seconds?: number): Promise<void>
  dispose(): Promise<void>
}

export function createStreamServer(): StreamServer {
  const dir = mkdtempSync(join(tmpdir(), 'lightwire-stream-'))
  const files = staticFiles(dir)
  let server: Server | undefined
  let port = 0

  const stream: StreamServer = {
    dir,
    segments404: false,
    encoder: undefined,
    get running() {
      return server !== undefined
    },
    route: (req, res, url) => {
      if (!url.pathname.startsWith('/stream/')) return false
      const upstream = request(
        {
          host: '127.0.0.1',
          port,
          path: url.pathname.slice('/stream'.length),
          method: req.method,
          timeout: 5_000,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        },
      )
      // Upstream down or cut mid-answer: drop the browser's connection too, like an unreachable CDN.
      upstream.on('error', () => res.destroy())
      upstream.on('timeout', () => upstream.destroy())
      upstream.end()
      return true
    },
    async start() {
      if (server) return
      const next = createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://stream')
        if (stream.segments404 && url.pathname.endsWith('.ts')) {
          res.writeHead(404, { 'content-type': 'text/plain' })
          res.end('Not found')
          return
        }
        void Promise.resolve(files(req, res, url)).then((served) => {
          if (served) return
          res.writeHead(404, { 'content-type': 'text/plain' })
          res.end('Not found')
        })
      })
      await new Promise<void>((resolve, reject) => {
        next.once('error', reject)
        next.listen(port, '127.0.0.1', () => resolve())
      })
      port = (next.address() as AddressInfo).port
      server = next
    },
    async kill() {
      const current = server
      server = undefined
      if (!current) return
      current.closeAllConnections()
      await new Promise<void>((resolve) => current.close(() => resolve()))
    },
    async startLive() {
      stream.encoder ??= startLiveEncoder(join(dir, 'live'))
      await stream.encoder.ready(3)
      return stream.encoder
    },
    async makeVod(seconds = 8) {
      await makeVod(join(dir, 'vod'), seconds)
    },
    async makeCaptionedVod(seconds = 8) {
      await makeCaptionedVod(join(dir, 'captioned'), seconds)
    },
    async dispose() {
      await stream.encoder?.stop()
      await stream.kill()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  return stream
}
