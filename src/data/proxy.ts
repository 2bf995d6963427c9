/**
 * Routes a feed request through the operator's proxy (`platformSettings.proxyUrl`) when the feed's server
 * sends no CORS headers. Same-origin and bundled (relative) feeds never go through it.
 * `proxyUrl` is either a prefix (`/proxy` → `/proxy?url=<encoded>`) or a template with `{url}`.
 */
import { isAbsoluteHttpUrl } from './url'
export function proxiedUrl(url: string, proxyUrl: string | undefined, pageOrigin?: string): string {
  const proxy = proxyUrl?.trim()
  if (!proxy || !isAbsoluteHttpUrl(url)) return url
  if (pageOrigin && url.toLowerCase().startsWith(`${pageOrigin.toLowerCase()}/`)) return url
  const encoded = encodeURIComponent(url)
  if (proxy.includes('{url}')) return proxy.replace('{url}', encoded)
  return `${proxy}${proxy.includes('?') ? '&' : '?'}url=${encoded}`
}

/**
 * Where a feed request goes, and whether it may carry validators: conditional headers are not
 * CORS-safelisted, so a cross-origin request leaves revalidation to the browser's HTTP cache instead of
 * triggering a preflight the feed may refuse. Shared by the client (http.ts) and the start-up preloads
 * (lazyFeedHttp.ts), which must name exactly the URL the client will ask for.
 */
export function feedRoute(
  url: string,
  proxyUrl: string | undefined,
  pageOrigin: string | undefined,
): { url: string; sameOrigin: boolean } {
  const routed = proxiedUrl(url, proxyUrl, pageOrigin)
  const sameOrigin = !pageOrigin || !isAbsoluteHttpUrl(routed) || routed.startsWith(`${pageOrigin}/`)
  return { url: routed, sameOrigin }
}
