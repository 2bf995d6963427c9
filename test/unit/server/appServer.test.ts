import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, startAppServer } from '../../../server/appServer'

describe('appServer', () => {
  let server: AppServer
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'lightwire-serve-'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>')
    mkdirSync(join(root, 'static'))
    writeFileSync(join(root, 'static', 'feed.xml'), '<rss/>')
    writeFileSync(join(tmpdir(), 'secret.txt'), 'secret')
    server = await startAppServer({
      root,
      routes: [
        (_req, res, url) => {
          if (url.pathname !== '/hello') return false
          res.end('hi')
          return true
        },
      ],
    })
  })
  afterAll(() => server.close())

  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it('serves index.html at / and files with their types', async () => {
    const index = await fetch(server.url)
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toContain('text/html')
    const feed = await fetch(`${server.url}static/feed.xml`)
    expect(feed.headers.get('content-type')).toBe('application/xml')
    expect(await feed.text()).toBe('<rss/>')
  })

  it('tries extra routes first', async () => {
    expect(await (await fetch(`${server.url}hello`)).text()).toBe('hi')
  })

  it('answers 404 for missing files and never serves outside its folder', async () => {
    expect((await fetch(`${server.url}nope.js`)).status).toBe(404)
    expect((await fetch(`${server.url}..%2Fsecret.txt`)).status).toBe(404)
    expect((await fetch(`${server.url}%2e%2e/secret.txt`)).status).toBe(404)
  })

  it('answers request targets and Host headers that are no valid URL, and keeps serving', async () => {
    // `//?automation` once threw out of the request handler and took `npm start`'s server down.
    // A doubled slash is a path like any other (the app at the root), as a browser asking for it would expect.
    expect(await rawStatus(server, '//?automation')).toBe(200)
    expect(await rawStatus(server, '/', { host: 'not a host' })).toBe(200)
    // An absolute-form target is for proxies, which this server is not: a path that names no file.
    expect(await rawStatus(server, 'http://[bad/')).toBe(404)
    expect((await fetch(server.url)).status).toBe(200)
  })
})

/** A request with the target and headers exactly as given (fetch would normalise them). */
function rawStatus(server: AppServer, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}
