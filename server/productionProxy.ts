/**
 * The feed proxy an operator deploys (`npm run serve:proxy`, docs/proxy.md): the same `/proxy?url=` route as
 * the development proxy (server/proxy.ts), with the rules a server on the internet needs:
 *
 * - only the hosts of the feeds settings.json names (anything else: 403), and only public addresses, checked
 *   after DNS resolution and on every redirect (server/guardedFetch.ts): 403;
 * - the size cap (413) and the deadline (504) of the development proxy;
 * - `ETag`/`Last-Modified` passed through, a conditional request answered 304, and
 *   `Cache-Control: public, max-age=<refresh interval>, stale-while-revalidate=…, stale-if-error=…`, so that a
 *   CDN or other HTTP cache in front of it answers the many TVs and asks the publisher about once per refresh;
 * - CORS for the hosted app on another origin (a feed is public; the validators are exposed so the app's
 *   conditional requests work), with the preflight that `If-None-Match` needs.
 */
import type { ServerResponse } from 'node:http'
import { parseSettings } from '../src/data/settings.ts'
import type { Route } from './appServer.ts'
import { type GuardOptions, guardedGet, Refusal, type UpstreamReply } from './guardedFetch.ts'
import { FEED_LIMITS, forwardedHeaders, proxyTarget, reply } from './proxy.ts'

export interface ProductionProxyOptions extends Omit<GuardOptions, 'maxBytes' | 'timeoutMs'> {
  /** How often the app re-fetches a feed (settings.json `refreshMinutes`), in seconds: the cache lifetime. */
  refreshSeconds: number
  path?: string
  maxBytes?: number
  timeoutMs?: number
}

/** What settings.json allows: the hosts of its absolute feed URLs, and its refresh interval. */
export function policyFromSettings(raw: unknown): { allowedHosts: Set<string>; refreshSeconds: number } {
  const settings = parseSettings(raw)
  const allowedHosts = new Set<string>()
  for (const section of settings.appSettings.sections) {
    if (/^https?:\/\//i.test(section.url))
      allowedHosts.add(new URL(section.url).hostname.toLowerCase().replace(/^\[|\]$/g, ''))
  }
  return { allowedHosts, refreshSeconds: Math.round(settings.appSettings.refreshMinutes * 60) }
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Last-Modified',
}

function cacheControl(refreshSeconds: number): string {
  // A day of stale-if-error: a publisher's outage shows the last good copy rather than an error on every TV.
  return `public, max-age=${refreshSeconds}, stale-while-revalidate=${refreshSeconds}, stale-if-error=86400`
}

/** Did the client already have this version (its validators match the reply's)? */
function notModified(
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
  reply: UpstreamReply,
) {
  const etag = reply.headers.etag
  if (ifNoneMatch !== undefined) {
    if (!etag) return false
    const weak = (tag: string) => tag.trim().replace(/^W\//, '')
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag))
  }
  const lastModified = reply.headers['last-modified']
  if (ifModifiedSince === undefined || !lastModified) return false
  return Date.parse(lastModified) <= Date.parse(ifModifiedSince)
}

function refuse(res: ServerResponse, status: number, message: string): true {
  for (const [name, value] of Object.entries(CORS)) res.setHeader(name, value)
  return reply(res, status, message)
}

export function productionFeedProxy(options: ProductionProxyOptions): Route {
  const path = options.path ?? '/proxy'
  const guard: GuardOptions = {
    ...options,
    maxBytes: options.maxBytes ?? FEED_LIMITS.maxBytes,
    timeoutMs: options.timeoutMs ?? FEED_LIMITS.timeoutMs,
  }
  return async (req, res, url) => {
    if (url.pathname !== path) return false
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...CORS,
        'access-control-allow-methods': 'GET, HEAD',
        'access-control-allow-headers': 'If-None-Match, If-Modified-Since, Accept, Accept-Language',
        'access-control-max-age': '86400',
      })
      res.end()
      return true
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, 'The feed proxy only answers GET.')
    const target = proxyTarget(url)
    if (typeof target === 'string') return refuse(res, 400, target)
    let upstream: UpstreamReply
    try {
      upstream = await guardedGet(target, forwardedHeaders(req), guard)
    } catch (error) {
      if (error instanceof Refusal) return refuse(res, error.status, error.message)
      const timedOut =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
      return timedOut
        ? refuse(res, 504, `The feed at ${target.host} did not answer in time.`)
        : refuse(res, 502, `The feed at ${target.host} could not be reached.`)
    }
    const headers: Record<string, string> = { ...CORS }
    for (const name of ['content-type', 'etag', 'last-modified'] as const) {
      const value = upstream.headers[name]
      if (value) headers[name] = value
    }
    const fresh = upstream.status === 200 || upstream.status === 304
    // Publisher errors are passed on but not cached, so a CDN asks again next time.
    headers['cache-control'] = fresh ? cacheControl(options.refreshSeconds) : 'no-store'
    const ifNoneMatch = req.headers['if-none-match']
    const ifModifiedSince = req.headers['if-modified-since']
    if (
      upstream.status === 304 ||
      (upstream.status === 200 && notModified(ifNoneMatch, ifModifiedSince, upstream))
    ) {
      delete headers['content-type']
      res.writeHead(304, headers)
      res.end()
      return true
    }
    headers['content-length'] = String(upstream.body.length)
    res.writeHead(upstream.status, headers)
    res.end(req.method === 'HEAD' ? undefined : upstream.body)
    return true
  }
}
