/**
 * The same-origin feed proxy: `GET /proxy?url=<encoded http(s) feed URL>`. Most publishers send no CORS
 * headers, so a desktop browser may not read their feeds directly; with `"proxyUrl": "proxy"` in
 * settings.json the app asks this route instead, on its own origin. Served by `npm start` (a Route for
 * server/appServer.ts) and by `npm run dev` / `vite preview` (a Vite plugin around the same Route).
 *
 * It passes through what the app's HTTP client relies on (status, Content-Type, ETag, Last-Modified and
 * the conditional request headers) and enforces the same limits: http(s) targets only, a size cap and a
 * deadline. It listens wherever the app server does (127.0.0.1 by default): it is a development and
 * single-device tool, not an open proxy to put on the internet. The deployable one, limited to the hosts
 * settings.json names and to public addresses, with cache headers for a CDN, is server/productionProxy.ts
 * (`npm run serve:proxy`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { type Route, requestUrl } from './appServer.ts'

export interface FeedProxyOptions {
  /** Path the route answers (default `/proxy`). */
  path?: string
  maxBytes?: number
  timeoutMs?: number
  /** Injected in tests; node's global fetch otherwise. */
  fetch?: typeof fetch
}

export const FORWARDED_REQUEST = ['accept', 'if-none-match', 'if-modified-since', 'accept-language']
const FORWARDED_RESPONSE = ['content-type', 'etag', 'last-modified']

/** The request headers passed on to the feed's server. */
export function forwardedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = { 'user-agent': 'Lightwire feed proxy' }
  for (const name of FORWARDED_REQUEST) {
    const value = req.headers[name]
    if (typeof value === 'string') headers[name] = value
  }
  return headers
}

/** `?url=` as an http(s) URL, or the message to answer 400 with. */
export function proxyTarget(url: URL): URL | string {
  const target = url.searchParams.get('url') ?? ''
  let parsed: URL
  try {
    parsed = new URL(target)
  } catch {
    return 'Give the feed as ?url=<encoded http(s) URL>.'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return 'The feed proxy only fetches http(s) URLs.'
  }
  return parsed
}

export function reply(res: ServerResponse, status: number, message: string): true {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
  res.end(message)
  return true
}

/** Reads the body up to `maxBytes`; undefined when it is larger. */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Buffer | undefined> {
  if (!body) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** The app's own limits on a feed (src/data/http.ts): both proxies keep them. */
export const FEED_LIMITS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000 } as const

export function feedProxy(options: FeedProxyOptions = {}): Route {
  const path = options.path ?? '/proxy'
  const maxBytes = options.maxBytes ?? FEED_LIMITS.maxBytes
  const timeoutMs = options.timeoutMs ?? FEED_LIMITS.timeoutMs
  const fetchFn = options.fetch ?? fetch
  return async (req, res, url) => {
    if (url.pathname !== path) return false
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return reply(res, 405, 'The feed proxy only answers GET.')
    const parsed = proxyTarget(url)
    if (typeof parsed === 'string') return reply(res, 400, parsed)
    let upstream: Response
    try {
      upstream = await fetchFn(parsed, {
        headers: forwardedHeaders(req),
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      const timedOut =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
      return timedOut
        ? reply(res, 504, `The feed at ${parsed.host} did not answer in time.`)
        : reply(res, 502, `The feed at ${parsed.host} could not be reached.`)
    }
    const declared = Number(upstream.headers.get('content-length') ?? '0')
    const body = declared > maxBytes ? undefined : await readCapped(upstream.body, maxBytes).catch(() => null)
    if (body === null) return reply(res, 502, `The feed at ${parsed.host} broke off mid-way.`)
    if (body === undefined)
      return reply(res, 413, `The feed at ${parsed.host} is larger than ${maxBytes} bytes.`)
    const responseHeaders: Record<string, string> = { 'cache-control': 'no-cache' }
    for (const name of FORWARDED_RESPONSE) {
      const value = upstream.headers.get(name)
      if (value) responseHeaders[name] = value
    }
    res.writeHead(upstream.status, responseHeaders)
    res.end(req.method === 'HEAD' || upstream.status === 304 ? undefined : body)
    return true
  }
}

/** The same route inside Vite's dev and preview servers (`npm run dev`, `vite preview`). */
export function feedProxyPlugin(options: FeedProxyOptions = {}): Plugin {
  const route = feedProxy(options)
  const middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const url = requestUrl(req.url)
    if (!url) return next()
    Promise.resolve(route(req, res, url)).then((handled) => {
      if (!handled) next()
    }, next)
  }
  return {
    name: 'lightwire:feed-proxy',
    configureServer(server) {
      server.middlewares.use(middleware)
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware)
    },
  }
}
