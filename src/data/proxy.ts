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
