/**
 * Server side of the browser TV emulator (emulator/, docs/emulator.md), as Routes for server/appServer.ts
 * (`npm start`, e2e tests) and, through server/emulatorPlugin.ts, for Vite's dev server:
 *
 * - `/emulator/` — the emulator page (built into dist-emulator/; in dev Vite serves emulator/index.html);
 * - `/emulator/tv/…` — the real built app mounted a second time for the emulator's iframe. Requests are
 *   rewritten to the app's own paths and handed to the routes after this one (feed proxy, live stream,
 *   static files), except:
 *   - `settings.json` under a feed mount (`/emulator/tv/f/<token>/`) gains the "my feed" section;
 *   - while the offline switch is on, requests for network content (feeds, the proxy, story images, the
 *     live stream) are dropped — the connection is closed unanswered, as a dead network would;
 *   - under `/emulator/tv/legacy/` the app's own files come from the legacy build (dist-legacy/), so QA
 *     sees the ES5 build old TVs get; without one, a page says how to make it;
 * - `/emulator/api/state` (GET) and `/emulator/api/offline` (POST `{"offline": true}`) — the switch.
 *
 * The app at `/` is never affected: the offline switch and the extra feed exist only under the mount.
 */
import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { extraSection, parseMountPath, TV_MOUNT } from '../emulator/tvUrl.ts'
import { type Route, staticFiles } from './appServer.ts'

export interface EmulatorState {
  offline: boolean
  /** Requests dropped while offline (the page shows it; tests check the switch really cut something). */
  dropped: number
}

export interface EmulatorRouteOptions {
  /** Folder whose settings.json the app reads: dist/ for `npm start`, the project root in dev. */
  appRoot: string
  /** The built emulator page (dist-emulator/). Omitted in dev, where Vite serves emulator/index.html. */
  pageRoot?: string
  /** Shared switch state (one per server). */
  state?: EmulatorState
  /** The legacy build (dist-legacy/) for the emulator's build switch; omitted where there is none (dev). */
  legacyRoot?: string
}

const PAGE = '/emulator/'
const API = '/emulator/api/'
/** Paths under the app that stand for the network on a real TV (the app itself is on the device). */
const NETWORK_PREFIXES = ['/proxy', '/static/feeds/', '/static/images/', '/static/live/']

type Json = Record<string, unknown>
const isObj = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function sendJson(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
  return true
}

function redirect(res: ServerResponse, location: string): true {
  res.writeHead(302, { location, 'cache-control': 'no-store' })
  res.end()
  return true
}

async function readSettings(appRoot: string): Promise<unknown> {
  return JSON.parse(await readFile(join(appRoot, 'settings.json'), 'utf8')) as unknown
}

/** App-relative paths of the feeds settings.json names (an operator's own bundled feeds count as network). */
function sectionPaths(settings: unknown): Set<string> {
  const paths = new Set<string>()
  const app = isObj(settings) ? settings.appSettings : undefined
  const sections = isObj(app) && Array.isArray(app.sections) ? app.sections : []
  for (const section of sections) {
    const url = isObj(section) && typeof section.url === 'string' ? section.url : ''
    if (!url || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) continue
    paths.add(new URL(url, 'http://app/').pathname)
  }
  return paths
}

export function isNetworkContent(path: string, feeds: ReadonlySet<string>): boolean {
  return (
    feeds.has(path) ||
    NETWORK_PREFIXES.some((prefix) => path === prefix || (prefix.endsWith('/') && path.startsWith(prefix)))
  )
}

async function readBody(req: IncomingMessage, limit = 4096): Promise<string> {
  let body = ''
  for await (const chunk of req) {
    body += String(chunk)
    if (body.length > limit) throw new Error('request body too large')
  }
  return body
}

function apiRoute(state: EmulatorState): Route {
  return async (req, res, url) => {
    if (!url.pathname.startsWith(API)) return false
    const name = url.pathname.slice(API.length)
    if (name === 'state' && req.method === 'GET') return sendJson(res, 200, state)
    if (name === 'offline' && req.method === 'POST') {
      let offline: unknown
      try {
        offline = (JSON.parse(await readBody(req)) as { offline?: unknown }).offline
      } catch {
        offline = undefined
      }
      if (typeof offline !== 'boolean') return sendJson(res, 400, { error: 'Send {"offline": true|false}' })
      state.offline = offline
      return sendJson(res, 200, state)
    }
    return sendJson(res, 404, { error: `No emulator API ${req.method ?? ''} ${url.pathname}` })
  }
}

function mountRoute(appRoot: string, state: EmulatorState, legacyRoot: string | undefined): Route {
  const legacyFiles = legacyRoot ? staticFiles(legacyRoot) : undefined
  return async (req, res, url) => {
    if (url.pathname === TV_MOUNT.slice(0, -1)) return redirect(res, `${TV_MOUNT}${url.search}`)
    const mounted = parseMountPath(url.pathname)
    if (!mounted) return false
    if (mounted.badToken) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('This emulator address carries a feed that cannot be read: load the feed again.')
      return true
    }
    if (mounted.needsSlash) return redirect(res, `${url.pathname}/${url.search}`)
    if (state.offline) {
      const settings = await readSettings(appRoot).catch(() => undefined)
      if (isNetworkContent(mounted.rest, sectionPaths(settings))) {
        state.dropped++
        req.socket.destroy()
        return true
      }
    }
    if (mounted.feed && mounted.rest === '/settings.json') {
      const settings = await readSettings(appRoot).catch(() => undefined)
      const app = isObj(settings) ? settings.appSettings : undefined
      if (isObj(settings) && isObj(app) && Array.isArray(app.sections)) {
        const section = extraSection(mounted.feed)
        const sections = [...app.sections.filter((s) => !isObj(s) || s.id !== section.id), section]
        return sendJson(res, 200, { ...settings, appSettings: { ...app, sections } })
      }
      // Unreadable settings: serve the file as it is and let the app report the problem as it would.
    }
    // Hand the request on as the app's own path: the routes after this one (proxy, live, files) answer it.
    url.pathname = mounted.rest
    req.url = `${mounted.rest}${url.search}`
    if (mounted.legacy) {
      // The legacy build's own files first (the same settings.json and static/ as dist/); the proxy and the
      // live stream are answered by the routes after this one, as for the modern build.
      if (legacyFiles && (await legacyFiles(req, res, url))) return true
      if (!legacyFiles && (mounted.rest === '/' || mounted.rest === '/index.html')) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        res.end('There is no legacy build to show: run `npm run build:legacy`, then restart the server.')
        return true
      }
    }
    return false
  }
}

function pageRoute(pageRoot: string): Route {
  const files = staticFiles(pageRoot)
  return (req, res, url) => {
    if (!url.pathname.startsWith(PAGE)) return false
    const inner = new URL(url.href)
    inner.pathname = url.pathname.slice(PAGE.length - 1)
    return files(req, res, inner)
  }
}

/** The emulator's routes, in the order they must run (before the feed proxy and the static files). */
export function emulatorRoutes(options: EmulatorRouteOptions): Route[] {
  const state = options.state ?? { offline: false, dropped: 0 }
  const redirects: Route = (_req, res, url) =>
    url.pathname === '/emulator' || url.pathname === '/emulator.html' ? redirect(res, PAGE) : false
  return [
    redirects,
    apiRoute(state),
    mountRoute(options.appRoot, state, options.legacyRoot),
    ...(options.pageRoot ? [pageRoute(options.pageRoot)] : []),
  ]
}
