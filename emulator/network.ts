/**
 * The operator's network and feed controls:
 * - Reload, and Reload with the app's cache cleared (its Storage namespace, as Settings → "Reset cached
 *   data" does: the viewer's `preferences` stay);
 * - Offline: the server drops the app's network requests (server/emulatorRoutes.ts) until switched back;
 * - Load my feed: a pasted feed URL becomes an extra section read through the same-origin proxy.
 */
import { type ExtraFeed, feedTitle, feedUrlProblem } from './tvUrl'

export interface OfflineState {
  offline: boolean
  dropped: number
}

/** The viewer's own choices: the app's preferences and its voice guidance record (captions included). */
const KEPT = ['preferences', 'guidance']

/** The keys "Reload, cache cleared" removes: the app's namespace, except the viewer's choices. */
export function cacheKeys(keys: readonly string[], namespace: string): string[] {
  const prefix = `${namespace}.`
  return keys.filter((key) => key.startsWith(prefix) && !KEPT.includes(key.slice(prefix.length)))
}

/** The app's Storage namespace: `platformSettings.id` as the SDK reads it (the app's settings.json). */
export async function appNamespace(settingsUrl: string): Promise<string> {
  const fallback = 'com.lightwire.news'
  const response = await fetch(settingsUrl, { cache: 'no-store' })
  if (!response.ok) return fallback
  const settings = (await response.json()) as {
    appSettings?: { id?: unknown }
    platformSettings?: { id?: unknown }
  }
  const id = settings.platformSettings?.id ?? settings.appSettings?.id
  return typeof id === 'string' && id.trim() ? id.trim() : fallback
}

/** Empties the app's cache in this origin's storage; returns how many entries went. */
export async function clearAppCache(storage: Storage, settingsUrl: string): Promise<number> {
  const namespace = await appNamespace(settingsUrl)
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
  const doomed = cacheKeys(keys, namespace)
  for (const key of doomed) storage.removeItem(key)
  let cached = 0
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) {
      if (await caches.delete(name)) cached++
    }
  }
  return doomed.length + cached
}

export async function readOffline(apiBase: string): Promise<OfflineState> {
  const response = await fetch(`${apiBase}state`, { cache: 'no-store' })
  if (!response.ok) throw new Error(`The emulator API answered HTTP ${response.status}`)
  return (await response.json()) as OfflineState
}

export async function setOffline(apiBase: string, offline: boolean): Promise<OfflineState> {
  const response = await fetch(`${apiBase}offline`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offline }),
  })
  if (!response.ok) throw new Error(`The emulator API answered HTTP ${response.status}`)
  return (await response.json()) as OfflineState
}

export type FeedCheck = { ok: true; feed: ExtraFeed; message: string } | { ok: false; message: string }

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`)

/**
 * Checks a pasted feed URL and fetches it once through the same-origin proxy (`proxyBase`, e.g.
 * `tv/proxy`), so the operator sees at once whether the server can reach it. A feed the proxy cannot get
 * is still loaded: the app's own error for that row is part of what the operator wants to see.
 */
export async function checkFeed(url: string, typedTitle: string, proxyBase: string): Promise<FeedCheck> {
  const problem = feedUrlProblem(url)
  if (problem) return { ok: false, message: problem }
  const feed = { url: url.trim(), title: feedTitle(url, typedTitle) }
  let response: Response
  try {
    response = await fetch(`${proxyBase}?url=${encodeURIComponent(feed.url)}`, { cache: 'no-store' })
  } catch (error) {
    return { ok: true, feed, message: `Loaded, but the proxy could not be asked: ${String(error)}` }
  }
  const body = await response.text()
  if (response.status === 404 && body === 'Not found') {
    return { ok: false, message: 'This server has no feed proxy (/proxy): it cannot load outside feeds.' }
  }
  const type = response.headers.get('content-type') ?? 'no content type'
  return response.ok
    ? { ok: true, feed, message: `Through the proxy: HTTP ${response.status}, ${type}, ${kb(body.length)}` }
    : { ok: true, feed, message: `Through the proxy: HTTP ${response.status} — ${body.slice(0, 160)}` }
}
