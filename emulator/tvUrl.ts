/**
 * Where the emulator loads the app, shared by the page (which builds the address) and the server route
 * (which reads it). The real built app is served a second time under `/emulator/tv/`; that mount is what
 * lets the emulator switch the app's network off and add "my feed" without touching the app at `/`:
 *
 *   /emulator/tv/?platform=tizen&inspector#home                 the app, as built
 *   /emulator/tv/f/<token>/?platform=tizen&inspector#home       the same, plus one extra feed section
 *   /emulator/tv/legacy/…                                       either, from the legacy build (dist-legacy/)
 *
 * `<token>` is the feed (URL and title) as base64url JSON. The server answers `settings.json` under such a
 * mount with the operator's settings plus a section that reads the feed through the same-origin proxy, so
 * the app's CSP (connect-src 'self' + the build's feed origins) stays as it is. Pure: runs in node and in
 * the browser.
 */
import type { Language } from '../src/i18n/languageCodes'
import type { PlatformId } from '../src/platform/detect'

export const TV_MOUNT = '/emulator/tv/'

/** The section the emulator adds for "load my feed" (its rows and tiles: `row-my-feed`, `tile-my-feed-0`…). */
export const EXTRA_SECTION_ID = 'my-feed'

export type Resolution = '1080p' | '720p'

/** Which build the TV runs: dist/ (modern browsers) or dist-legacy/ (ES5, what old TVs get in packages). */
export type Build = 'modern' | 'legacy'

const LEGACY_SEGMENT = 'legacy/'

export interface ExtraFeed {
  url: string
  title: string
}

const MAX_TOKEN = 4096
const MAX_TITLE = 60

function toBase64Url(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(token: string): string {
  const base64 = token.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
}

/** Why a pasted feed address cannot be used, or undefined when it can. */
export function feedUrlProblem(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return 'That is not a web address: paste a feed URL such as https://example.org/rss.xml'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `Only http(s) feeds can be loaded, not ${parsed.protocol}`
  }
  return undefined
}

/** The section title for a feed: what the operator typed, else the feed's host. */
export function feedTitle(url: string, typed = ''): string {
  const title = typed.trim() || `My feed · ${new URL(url.trim()).host}`
  return title.slice(0, MAX_TITLE)
}

export function encodeFeedToken(feed: ExtraFeed): string {
  return toBase64Url(JSON.stringify({ url: feed.url.trim(), title: feed.title }))
}

/** The feed in a token, or undefined when the token is not one this module made (never throws). */
export function decodeFeedToken(token: string): ExtraFeed | undefined {
  if (token.length === 0 || token.length > MAX_TOKEN || !/^[A-Za-z0-9_-]+$/.test(token)) return undefined
  try {
    const value: unknown = JSON.parse(fromBase64Url(token))
    if (typeof value !== 'object' || value === null) return undefined
    const { url, title } = value as { url?: unknown; title?: unknown }
    if (typeof url !== 'string' || feedUrlProblem(url) !== undefined) return undefined
    return {
      url,
      title: typeof title === 'string' && title.trim() ? title.slice(0, MAX_TITLE) : feedTitle(url),
    }
  } catch {
    return undefined
  }
}

export interface TvState {
  platform: PlatformId
  resolution: Resolution
  feed?: ExtraFeed
  /** Route to start at, without '#'; empty starts at the app's root. */
  hash?: string
  /** Default modern. */
  build?: Build
  /** Voice guidance forced on (`?guidance=on`): the emulator's "Voice guidance" switch. */
  guidance?: boolean
  /** Forces the app's interface language (`?lang=`); absent, the app chooses as on a real TV. */
  language?: Language
}

/**
 * The iframe's address, relative to the emulator page (`/emulator/`). The app always runs with the
 * inspector (the focus outline and the key log read its DOM mirror).
 */
export function tvUrl(state: TvState): string {
  const build = state.build === 'legacy' ? LEGACY_SEGMENT : ''
  const path = state.feed ? `tv/${build}f/${encodeFeedToken(state.feed)}/` : `tv/${build}`
  const query = `platform=${state.platform}&inspector${state.resolution === '720p' ? '&resolution=720p' : ''}${
    state.language ? `&lang=${state.language}` : ''
  }${state.guidance ? '&guidance=on' : ''}`
  return `${path}?${query}${state.hash ? `#${state.hash}` : ''}`
}

export interface MountedPath {
  /** The app's own path under the mount, starting with '/': `/`, `/settings.json`, `/assets/x.js`. */
  rest: string
  /** Present when the mount carries a valid feed token. */
  feed?: ExtraFeed
  /** True when a token was there but could not be read. */
  badToken: boolean
  /** `/emulator/tv/f/<token>` without its last slash: relative URLs would resolve one folder up. */
  needsSlash: boolean
  /** Under `/emulator/tv/legacy/`: the app's files come from the legacy build. */
  legacy: boolean
}

/** Splits a request path under the mount; undefined for paths outside it. */
export function parseMountPath(pathname: string): MountedPath | undefined {
  if (!pathname.startsWith(TV_MOUNT)) return undefined
  let inner = pathname.slice(TV_MOUNT.length)
  if (`${inner}/` === LEGACY_SEGMENT) return { rest: '/', badToken: false, needsSlash: true, legacy: true }
  const legacy = inner.startsWith(LEGACY_SEGMENT)
  if (legacy) inner = inner.slice(LEGACY_SEGMENT.length)
  const match = /^f\/([^/]*)(\/.*)?$/.exec(inner)
  if (!match) return { rest: `/${inner}`, badToken: false, needsSlash: false, legacy }
  const feed = decodeFeedToken(match[1] ?? '')
  return {
    rest: match[2] ?? '/',
    ...(feed ? { feed } : {}),
    badToken: feed === undefined,
    needsSlash: match[2] === undefined,
    legacy,
  }
}

/** The extra section as settings.json holds it: the feed read through the same-origin proxy. */
export function extraSection(feed: ExtraFeed): { id: string; title: string; url: string } {
  return { id: EXTRA_SECTION_ID, title: feed.title, url: `proxy?url=${encodeURIComponent(feed.url)}` }
}
