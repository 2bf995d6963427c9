/** Serves the app build and the baseline pages on 127.0.0.1 for one bench run. */
import { join } from 'node:path'
import { type AppServer, type Route, startAppServer } from '../server/appServer'
import { APP_DIST, BENCH_DIST } from './build'

export interface BenchServers {
  app: AppServer
  baseline: AppServer
  close(): Promise<void>
}

export async function serveAll(appRoutes: Route[] = []): Promise<BenchServers> {
  const app = await startAppServer({ root: APP_DIST, routes: appRoutes })
  const baseline = await startAppServer({ root: join(BENCH_DIST, 'baseline') })
  return {
    app,
    baseline,
    close: async () => {
      await Promise.all([app.close(), baseline.close()])
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
