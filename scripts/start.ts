/**
 * `npm start`: serves the built app (`dist/`, made by `npm run build` just before) on 127.0.0.1.
 * Port: `--port N` or `PORT`, default 8080; if the default is taken, the next free one is used.
 * Nothing is opened and nothing is fetched from the network: the bundled feeds are served with the app.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { type AppServer, type Route, startAppServer } from '../server/appServer.ts'
import { emulatorRoutes } from '../server/emulatorRoutes.ts'
import { liveLoop, readLoopChannel } from '../server/liveLoop.ts'
import { feedProxy } from '../server/proxy.ts'
import { DEFAULT_CHANNEL_DIR, ensureDefaultChannel } from './make-stream.ts'

function requestedPort(argv: string[]): number | undefined {
  const flag = argv.indexOf('--port')
  const value = flag >= 0 ? argv[flag + 1] : process.env.PORT
  if (value === undefined || value === '') return undefined
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid port "${value}": use a number from 0 to 65535`)
  }
  return port
}

async function listen(root: string, port: number | undefined, routes: Route[]): Promise<AppServer> {
  if (port !== undefined) return startAppServer({ root, port, routes })
  for (let candidate = 8080; candidate < 8100; candidate++) {
    try {
      return await startAppServer({ root, port: candidate, routes })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    }
  }
  return startAppServer({ root, port: 0, routes })
}

/**
 * The bundled live channel (settings.json `live.url` = ./static/live/channel.m3u8): made once with ffmpeg
 * when it is available, then served as an endless live stream. Without ffmpeg the app still starts and its
 * live tile says no stream is configured.
 */
async function liveChannelRoutes(): Promise<Route[]> {
  try {
    console.log(await ensureDefaultChannel())
    const channel = readLoopChannel(DEFAULT_CHANNEL_DIR)
    return channel ? [liveLoop(DEFAULT_CHANNEL_DIR, channel, '/static/live/')] : []
  } catch (error) {
    console.warn(`Live channel: the sample stream could not be made (${String(error)}); starting without it`)
    return []
  }
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..', 'dist')
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` (npm start does this for you)')
  }
  const port = requestedPort(process.argv.slice(2))
  // The browser TV emulator (docs/emulator.md): its page from dist-emulator/, the app mounted for its iframe.
  // Its routes go first: the mount hands its rewritten requests on to the proxy, live and file routes.
  const pageRoot = resolve(import.meta.dirname, '..', 'dist-emulator')
  const hasEmulator = existsSync(resolve(pageRoot, 'index.html'))
  // The emulator's "Build: legacy" switch shows dist-legacy/ when it has been built (npm run build:legacy).
  const legacyRoot = resolve(import.meta.dirname, '..', 'dist-legacy')
  const hasLegacy = existsSync(resolve(legacyRoot, 'index.html'))
  const emulator = emulatorRoutes({
    appRoot: root,
    ...(hasEmulator ? { pageRoot } : {}),
    ...(hasLegacy ? { legacyRoot } : {}),
  })
  // The same-origin feed proxy (`"proxyUrl": "proxy"` in settings.json) for feeds without CORS headers.
  const app = await listen(root, port, [...emulator, feedProxy(), ...(await liveChannelRoutes())])
  console.log(`Lightwire is being served at ${app.url}`)
  console.log(`  Automation (inspector): ${app.url}?inspector`)
  console.log(
    hasEmulator
      ? `  TV emulator: ${app.url}emulator/`
      : '  TV emulator: not built (npm run build:emulator, or npm start builds it)',
  )
  console.log('  Keys: arrows move · Enter opens · Backspace/Escape go back · Ctrl+C stops the server')
  const stop = () => void app.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
