/**
 * The feed client as start-up sees it (issue 13): axios and http.ts are a chunk loaded once Home's first
 * frame is out, so they are neither downloaded nor compiled while that frame is being made (about 15 KiB of
 * gzip and 20 ms of main thread at 1× CPU). The network does not wait for them: a request that will carry no
 * validators (a cold start, or a cross-origin feed) is started at once through `preload` (a `<link
 * rel="preload" as="fetch">` in the browser), and the client's XHR for the same URL takes that response
 * instead of asking again. A request with validators (a warm start: the stored copy is on screen already)
 * simply waits for the client: it will most often be a 304.
 */
import type { FeedHttp, FeedHttpOptions, FeedRequest, FeedResponse } from './http'
import { feedRoute } from './proxy'
import { isForeignUrl } from './url'

type HttpModule = typeof import('./http')

export interface LazyFeedHttpOptions extends FeedHttpOptions {
  /** Requests go out through the client once this settles (the app passes "the first frame is shown"). */
  after: Promise<void>
  /** Starts fetching a URL the client is about to ask for without validators. */
  preload?: (url: string) => void
  /** The client's module; the chunk by default (tests pass it in). */
  load?: () => Promise<HttpModule>
  /** Why the client did not load, when it did not (every feed then reports `reader-missing`). */
  warn?: (message: string) => void
}

const loadHttp = (): Promise<HttpModule> => import('./http')

export function lazyFeedHttp(options: LazyFeedHttpOptions): FeedHttp {
  const { after, preload, load = loadHttp, warn, ...clientOptions } = options
  let client: Promise<FeedHttp | Error> | undefined
  let ready = false

  const loadClient = (): Promise<FeedHttp | Error> =>
    load().then(
      (http) => {
        ready = true
        return http.createFeedHttp(clientOptions)
      },
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error))
        warn?.(`the feed client did not load: ${failure.message}`)
        return failure
      },
    )

  return {
    async get(request: FeedRequest): Promise<FeedResponse> {
      if (!ready && preload && !isForeignUrl(request.url)) {
        const route = feedRoute(request.url, options.proxyUrl, options.pageOrigin)
        const validated = route.sameOrigin && Boolean(request.etag || request.lastModified)
        if (!validated) preload(route.url)
      }
      client ??= after.then(loadClient, loadClient)
      const http = await client
      if (http instanceof Error) {
        return { kind: 'error', error: { kind: 'reader-missing', feed: request.name } }
      }
      return http.get(request)
    },
  }
}
