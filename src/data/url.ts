/**
 * URL resolution that never lets a feed smuggle in a scheme we must not load. A feed may name an image or
 * link relative to its item (`xml:base`), to itself, or to the app (bundled feeds): relative results stay
 * relative (they load from the app's own folder, also on file://), absolute ones must be http(s).
 */

/** A placeholder origin for resolving against relative bases; stripped again afterwards. */
const LOCAL = 'http://lightwire.invalid'

function parse(url: string, base: string | undefined): URL | undefined {
  try {
    return new URL(url, base ? new URL(base, `${LOCAL}/`) : `${LOCAL}/`)
  } catch {
    return undefined
  }
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i
const HTTP_SCHEME = /^https?:/i

/** Names a scheme other than http(s): javascript:, data:, file:, mailto:… (never loaded). */
const otherScheme = (url: string): boolean => SCHEME.test(url) && !HTTP_SCHEME.test(url)

/** Not an absolute http(s) URL but names a scheme or is protocol-relative (`//host`): never fetched. */
export const isForeignUrl = (url: string): boolean =>
  !isAbsoluteHttpUrl(url) && (SCHEME.test(url) || url.startsWith('//'))

/**
 * Resolves `url` against the chain of bases (innermost first). Returns an absolute http(s) URL, a relative
 * path (when every base was relative), or undefined for anything else: javascript:, data:, file:, mailto:…
 */
export function resolveUrl(url: string | undefined, ...bases: (string | undefined)[]): string | undefined {
  const trimmed = url?.trim().replace(/[\t\n\r]/g, '')
  if (!trimmed) return undefined
  if (otherScheme(trimmed)) return undefined
  let base: string | undefined
  for (const candidate of [...bases].reverse()) {
    const next = candidate?.trim()
    if (!next) continue
    if (otherScheme(next)) continue
    base = base ? combine(next, base) : next
  }
  return combine(trimmed, base)
}

function combine(url: string, base: string | undefined): string | undefined {
  const resolved = parse(url, base)
  if (!resolved) return undefined
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return undefined
  if (resolved.origin === LOCAL) {
    // Relative all the way: keep it relative to the app (no leading slash, so a sub-folder host works).
    return `${resolved.pathname.replace(/^\/+/, '')}${resolved.search}${resolved.hash}`
  }
  if (!resolved.hostname) return undefined
  return resolved.href
}

/** The one test for "an absolute http(s) URL" (with a host): use it rather than a regular expression. */
export function isAbsoluteHttpUrl(url: string): boolean
/** With a maybe-missing URL it also narrows it to a string. */
export function isAbsoluteHttpUrl(url: string | undefined): url is string
export function isAbsoluteHttpUrl(url: string | undefined): boolean {
  return typeof url === 'string' && /^https?:\/\/[^/]/i.test(url)
}
