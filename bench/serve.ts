/** Serves the app build and the baseline pages on 127.0.0.1 for one bench run. */
import { join } from 'node:path'
import { type AppServer, type Route, startAppServer, staticFiles } from '../server/appServer'
import { APP_DIST, BENCH_DIST, LEGACY_DIST } from './build'

export interface BenchServers {
  app: AppServer
  baseline: AppServer
  /** dist-legacy/, for the legacy bundle's size. */
  legacy: AppServer
  close(): Promise<void>
}

export async function serveAll(appRoutes: Route[] = []): Promise<BenchServers> {
  // The reference page is served by the app's server (under /reference/) so it reads the very settings.json,
  // feeds and images the app is shown in the same run.
  const app = await startAppServer({
    root: APP_DIST,
    routes: [...appRoutes, prefixed('/reference/', join(BENCH_DIST, 'reference'))],
  })
  const baseline = await startAppServer({ root: join(BENCH_DIST, 'baseline') })
  const legacy = await startAppServer({ root: LEGACY_DIST })
  return {
    app,
    baseline,
    legacy,
    close: async () => {
      await Promise.all([app.close(), baseline.close(), legacy.close()])
    },
  }
}

/** A route that answers /settings.json with `settings` (to point the app at generated feeds). */
export function settingsRoute(settings: unknown): Route {
  const body = JSON.stringify(settings)
  return (_req, res, url) => {
    if (url.pathname !== '/settings.json') return false
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' })
    res.end(body)
    return true
  }
}

/** Serves `root` under the URL prefix `prefix` (e.g. /reference/x.js → root/x.js). */
function prefixed(prefix: string, root: string): Route {
  const files = staticFiles(root)
  return (req, res, url) => {
    if (!url.pathname.startsWith(prefix)) return false
    const inner = new URL(url.href)
    inner.pathname = url.pathname.slice(prefix.length - 1)
    return files(req, res, inner)
  }
}
