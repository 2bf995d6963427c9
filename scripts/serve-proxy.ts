/**
 * `npm run serve:proxy [-- --port 8081] [-- --host 0.0.0.0] [-- --settings path/to/settings.json]`
 *
 * Runs the production feed proxy (server/productionProxy.ts) on its own: `GET /proxy?url=<feed>` for the
 * hosts the settings.json names, with cache headers for a CDN in front of it (docs/proxy.md). It listens
 * on 127.0.0.1 unless told otherwise: put it behind the CDN or reverse proxy that terminates TLS.
 * Exit code 2 for a usage error or unreadable settings.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { requestUrl } from '../server/appServer.ts'
import { policyFromSettings, productionFeedProxy } from '../server/productionProxy.ts'
import { exitWhenFlushed } from './exitWhenFlushed.ts'

const USAGE = 'Usage: npm run serve:proxy [-- --port N] [-- --host ADDRESS] [-- --settings FILE]'

function option(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name)
  return at >= 0 ? argv[at + 1] : undefined
}

function main(argv: readonly string[]): void {
  const unknown = argv.filter(
    (arg) => arg.startsWith('--') && !['--port', '--host', '--settings'].includes(arg),
  )
  const port = Number(option(argv, '--port') ?? process.env.PORT ?? 8081)
  if (unknown.length > 0 || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${unknown.length ? `unknown option ${unknown[0]}` : 'bad --port'}\n${USAGE}`)
    exitWhenFlushed(2)
    return
  }
  const settingsPath =
    option(argv, '--settings') ?? fileURLToPath(new URL('../settings.json', import.meta.url))
  let policy: ReturnType<typeof policyFromSettings>
  try {
    policy = policyFromSettings(JSON.parse(readFileSync(settingsPath, 'utf8')))
  } catch (error) {
    console.error(`Cannot read ${settingsPath}: ${error instanceof Error ? error.message : String(error)}`)
    exitWhenFlushed(2)
    return
  }
  const route = productionFeedProxy(policy)
  const server = createServer((req, res) => {
    const url = requestUrl(req.url)
    void Promise.resolve(url ? route(req, res, url) : false).then(
      (handled) => {
        if (!handled) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      },
      (error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        res.end(`Server error: ${String(error)}`)
      },
    )
  })
  server.listen(port, option(argv, '--host') ?? '127.0.0.1', () => {
    const { address, port: actual } = server.address() as AddressInfo
    const hosts = [...policy.allowedHosts].sort()
    console.log(`Feed proxy on http://${address}:${actual}/proxy?url=… (settings: ${settingsPath})`)
    console.log(
      hosts.length > 0
        ? `Feed hosts allowed: ${hosts.join(', ')}; cached for ${policy.refreshSeconds} s`
        : 'settings.json names no remote feed host: every request will be refused (403).',
    )
  })
}

main(process.argv.slice(2))
