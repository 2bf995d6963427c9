/**
 * The one HTTP client for feeds (axios: XHR in the browser, node:http in tests and feed:check). It adds what
 * a TV on a flaky network needs: a total deadline, retries with back-off on network errors and 5xx,
 * conditional requests (ETag / Last-Modified → 304), a size cap, and the optional CORS proxy.
 * It never throws: every outcome is a value.
 */
import axios, { type AxiosInstance, type AxiosResponse } from 'axios'
import { type Clock, sleep, systemClock } from './clock'
import type { FeedError } from './model'
import { feedRoute } from './proxy'
import { isForeignUrl } from './url'

export interface FeedRequest {
  url: string
  /** Validators of the copy we hold, for a conditional request. */
  etag?: string
  lastModified?: string
  /** The section's name, carried into errors for their wording ("The World feed could not be reached."). */
  name?: string
}

export type FeedResponse =
  | {
      kind: 'ok'
      bytes: Uint8Array
      contentType?: string
      etag?: string
      lastModified?: string
      /** After redirects, when known: the base for the feed's relative URLs. */
      finalUrl: string
    }
  | { kind: 'not-modified' }
  | { kind: 'error'; error: FeedError }

export interface FeedHttpOptions {
  /** Injected for tests; one is created otherwise. */
  axios?: AxiosInstance
  clock?: Clock
  timeoutMs?: number
  /** Extra attempts after the first, for network errors and 5xx. */
  retries?: number
  /** First back-off delay; doubles each retry. */
  backoffMs?: number
  maxBytes?: number
  proxyUrl?: string
  /**
   * The page's origin in a browser. Conditional headers are not CORS-safelisted, so cross-origin requests
   * leave revalidation to the browser's HTTP cache instead of triggering a preflight the feed may refuse.
   */
  pageOrigin?: string
}

export interface FeedHttp {
  get(request: FeedRequest): Promise<FeedResponse>
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, ' +
  'text/xml;q=0.9, application/json;q=0.8, */*;q=0.5'

type Attempt = FeedResponse | { kind: 'retry'; error: FeedError }

function header(response: AxiosResponse, name: string): string | undefined {
  const value: unknown = response.headers[name]
  return typeof value === 'string' && value ? value : undefined
}

function finalUrlOf(response: AxiosResponse, fallback: string): string {
  const request = response.request as { responseURL?: string; res?: { responseUrl?: string } } | undefined
  return request?.res?.responseUrl || request?.responseURL || fallback
}

export function createFeedHttp(options: FeedHttpOptions = {}): FeedHttp {
  const clock = options.clock ?? systemClock
  const timeoutMs = options.timeoutMs ?? 15_000
  const retries = options.retries ?? 2
  const backoffMs = options.backoffMs ?? 1_000
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  // No XSRF token: feeds are plain GETs that need none. Asking for one (axios's default for same-origin URLs)
  // made axios read the cookie through Chromium's async Cookie Store between open() and send() of every
  // same-origin feed request: once measured at ~190 ms on a reload, usually a few ms.
  const client = options.axios ?? axios.create({ withXSRFToken: false })

  async function attempt(request: FeedRequest, url: string, conditional: boolean): Promise<Attempt> {
    const feed = request.name
    const controller = new AbortController()
    let reason: 'timeout' | 'too-large' | undefined
    const deadline = clock.setTimeout(() => {
      reason = 'timeout'
      controller.abort()
    }, timeoutMs)
    const headers: Record<string, string> = { Accept: ACCEPT }
    if (conditional && request.etag) headers['If-None-Match'] = request.etag
    if (conditional && request.lastModified) headers['If-Modified-Since'] = request.lastModified
    try {
      const response = await client.get<ArrayBuffer>(url, {
        responseType: 'arraybuffer',
        headers,
        timeout: timeoutMs,
        signal: controller.signal,
        maxContentLength: maxBytes,
        maxRedirects: 5,
        validateStatus: () => true,
        onDownloadProgress: (event) => {
          if (event.loaded > maxBytes) {
            reason = 'too-large'
            controller.abort()
          }
        },
      })
      if (response.status === 304) return { kind: 'not-modified' }
      if (response.status >= 500) {
        return {
          kind: 'retry',
          error: { kind: 'http', status: response.status, feed },
        }
      }
      if (response.status < 200 || response.status >= 300) {
        return {
          kind: 'error',
          error: { kind: 'http', status: response.status, feed },
        }
      }
      const data: unknown = response.data
      const bytes = data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer)
      if (bytes.byteLength > maxBytes) reason = 'too-large'
      else {
        return {
          kind: 'ok',
          bytes,
          contentType: header(response, 'content-type'),
          etag: header(response, 'etag'),
          lastModified: header(response, 'last-modified'),
          finalUrl: request.url === url ? finalUrlOf(response, url) : request.url,
        }
      }
    } catch (error) {
      if (!reason && axios.isAxiosError(error)) {
        if (/maxContentLength|maxBodyLength/i.test(error.message)) reason = 'too-large'
        else if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT') reason = 'timeout'
      }
      if (!reason) {
        return {
          kind: 'retry',
          error: { kind: 'network', feed },
        }
      }
    } finally {
      clock.clearTimeout(deadline)
    }
    if (reason === 'timeout') {
      return {
        kind: 'error',
        error: { kind: 'timeout', feed },
      }
    }
    return {
      kind: 'error',
      error: { kind: 'too-large', maxBytes, feed },
    }
  }

  return {
    async get(request) {
      if (isForeignUrl(request.url)) {
        return {
          kind: 'error',
          error: {
            kind: 'blocked-url',
            feed: request.name,
          },
        }
      }
      const { url, sameOrigin } = feedRoute(request.url, options.proxyUrl, options.pageOrigin)
      let result: Attempt = { kind: 'retry', error: { kind: 'network', feed: request.name } }
      for (let tries = 0; tries <= retries; tries++) {
        if (tries > 0) await sleep(clock, backoffMs * 2 ** (tries - 1))
        result = await attempt(request, url, sameOrigin)
        if (result.kind !== 'retry') return result
      }
      return {
        kind: 'error',
        error: result.kind === 'retry' ? result.error : { kind: 'network', feed: request.name },
      }
    },
  }
}
