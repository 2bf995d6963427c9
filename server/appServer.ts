/**
 * A small static HTTP server for the built app (`dist/`) on 127.0.0.1, with room for extra routes.
 * `npm start` uses it to serve the app; tests use it to serve the same build next to the feeds, proxies and
 * faults they control. No framework: node:http is all a folder of static files needs.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'

/** Answers a request and returns true, or returns false to let the next route (finally the files) try. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>

export interface AppServerOptions {
  /** Folder to serve; `index.html` answers `/`. */
  root: string
  host?: string
  /** 0 picks a free port. */
  port?: number
  routes?: Route[]
}

export interface AppServer {
  url: string
  port: number
  server: Server
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.m4s': 'video/iso.segment',
  '.mp4': 'video/mp4',
}

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/** Serves files under `root`; never a path that escapes it. */
export function staticFiles(root: string): Route {
  const base = resolve(root)
  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return false
    }
    const file = normalize(join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname))
    if (file !== base && !file.startsWith(base + sep)) return false
    const info = await stat(file).catch(() => undefined)
    if (!info?.isFile()) return false
    res.writeHead(200, {
      'content-type': contentType(file),
      'content-length': info.size,
      // Hashed assets may be cached for ever; everything else (index.html, settings.json, feeds) is revalidated.
      'cache-control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'last-modified': info.mtime.toUTCString(),
    })
    if (req.method === 'HEAD') {
      res.end()
      return true
    }
    // A file removed between stat and open (a test's temporary stream, a redeploy) must not crash the server.
    createReadStream(file)
      .on('error', (error) => res.destroy(error))
      .pipe(res)
    return true
  }
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const host = options.host ?? '127.0.0.1'
  const routes = [...(options.routes ?? []), staticFiles(options.root)]
  const server = createServer((req, res) => {
    const url = requestUrl(req.url)
    if (!url) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Bad request target')
      return
    }
    void (async () => {
      for (const route of routes) {
        if (await route(req, res, url)) return
      }
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Not found')
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`Server error: ${String(error)}`)
    })
  })
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolvePromise()
    })
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}/`,
    port,
    server,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections()
        server.close(() => resolveClose())
      }),
  }
}

/**
 * The request's URL (path and query; the origin is a placeholder), or undefined for a target that is no URL.
 * Not resolved against the Host header or as a URL of its own: routes read only the path and query, and a
 * client's Host, or a target such as `//x` (which reads as a host of its own), must not be able to throw out
 * of the handler and stop the server.
 */
export function requestUrl(target: string | undefined): URL | undefined {
  const path = target ?? '/'
  try {
    return new URL(`http://localhost${path.startsWith('/') ? '' : '/'}${path}`)
  } catch {
    return undefined
  }
}
