/**
 * The browser TV emulator in `npm run dev`: Vite serves the page itself (emulator/index.html, with hot
 * reload) and this plugin adds the emulator's routes (server/emulatorRoutes.ts) in front of Vite's own
 * middleware and of the feed proxy, so `/emulator/tv/` is the dev app with the same offline switch and
 * "my feed" section as under `npm start`. It also prints the emulator's address under Vite's.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { type Route, requestUrl } from './appServer.ts'
import { emulatorRoutes } from './emulatorRoutes.ts'

/** Runs Routes as connect middleware; a route that rewrote the request hands it on rewritten. */
export function routesMiddleware(routes: Route[]) {
  return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const url = requestUrl(req.url)
    if (!url) return next()
    void (async () => {
      for (const route of routes) {
        if (await route(req, res, url)) return
      }
      next()
    })().catch(next)
  }
}

export function emulatorPlugin(): Plugin {
  return {
    name: 'lightwire:emulator',
    apply: 'serve',
    // Before other plugins' middleware (the feed proxy), so rewritten /emulator/tv/proxy requests reach it.
    enforce: 'pre',
    configureServer(server) {
      server.middlewares.use(routesMiddleware(emulatorRoutes({ appRoot: server.config.root })))
      const printUrls = server.printUrls.bind(server)
      server.printUrls = () => {
        printUrls()
        for (const base of server.resolvedUrls?.local ?? []) {
          server.config.logger.info(`  ➜  Emulator: ${base}emulator/`)
        }
      }
    },
  }
}
