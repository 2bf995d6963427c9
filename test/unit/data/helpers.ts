/**
 * Test helpers for the data layer: a real HTTP server on 127.0.0.1 whose routes each test controls (no
 * mocks: axios goes through node:http exactly as feed:check does), and fixture loading.
 */

import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { decodeFeed } from '../../../src/data/decode'
import { type ParseResult, parseFeed } from '../../../src/data/parseFeed'
import { saxesTree } from '../../../src/data/xml/saxesTree'
import type { XmlTreeBuilder } from '../../../src/data/xml/tree'
import { english } from '../../../src/i18n/english'
import { feedErrorText } from '../../../src/ui/feedErrorText'

export const projectRoot = resolve(import.meta.dirname, '../../..')
export const fixturePath = (name: string) => resolve(projectRoot, 'test/fixtures/feeds', name)
export const fixture = (name: string) => readFileSync(fixturePath(name))
export const fixtureText = (name: string) => readFileSync(fixturePath(name), 'utf8')

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>

export interface TestServer {
  url: string
  /** Requests seen, in order: method, path and headers. */
  requests: { path: string; headers: IncomingMessage['headers'] }[]
  route(path: string, handler: Handler): void
  close(): Promise<void>
}

export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>()
  const requests: TestServer['requests'] = []
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    requests.push({ path, headers: req.headers })
    const handler = routes.get(path.split('?')[0] ?? path)
    if (!handler) {
      res.writeHead(404).end('not found')
      return
    }
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500)
      res.end(String(error))
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

/** Serves `body` with a content type and optional validators, answering 304 to a matching conditional GET. */
export function serve(body: string | Buffer, contentType = 'application/xml', etag?: string): Handler {
  return (req, res) => {
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end()
      return
    }
    res.writeHead(200, { 'content-type': contentType, ...(etag ? { etag } : {}) }).end(body)
  }
}

/** A clock whose timers only fire when the test says so. */
export function manualClock(start = Date.UTC(2026, 10, 25, 12)) {
  let now = start
  const timers: { at: number; callback: () => void; id: number }[] = []
  let nextId = 1
  return {
    now: () => now,
    setTimeout(callback: () => void, ms: number) {
      const id = nextId++
      timers.push({ at: now + ms, callback, id })
      return id
    },
    clearTimeout(handle: unknown) {
      const index = timers.findIndex((timer) => timer.id === handle)
      if (index >= 0) timers.splice(index, 1)
    },
    /** Moves time on and fires what became due. */
    advance(ms: number) {
      now += ms
      for (const timer of timers.filter((candidate) => candidate.at <= now)) {
        timers.splice(timers.indexOf(timer), 1)
        timer.callback()
      }
    },
    pending: () => timers.length,
  }
}

/**
 * Reads a fixture the way feed:check does: bytes → declared encoding → parse → normalize, with saxes (Node
 * has no DOMParser; the browser's quick path is compared with saxes fixture by fixture in e2e/xml-parity).
 */
export function parseFixture(name: string, xml: XmlTreeBuilder = saxesTree): ParseResult {
  const decoded = decodeFeed(fixture(name))
  if (!decoded.ok) throw new Error(feedErrorText(decoded.error, english))
  return parseFeed(decoded.text, {
    sectionId: 'test',
    sectionTitle: 'Test',
    documentUrl: `https://feeds.example.org/${name}`,
    xml,
  })
}
