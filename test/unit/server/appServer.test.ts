import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
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
})
