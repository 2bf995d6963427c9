/**
 * lazyFeedHttp over a real HTTP server on 127.0.0.1: nothing is sent through the client (nor its module
 * loaded) before the first frame; requests that will carry no validators are preloaded at once, with the URL
 * the client will use; a client that fails to load gives every feed a clear error.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lazyFeedHttp } from '../../../src/data/lazyFeedHttp'

const RSS = '<rss version="2.0"><channel><title>Desk</title></channel></rss>'

function gate() {
  let open: () => void = () => undefined
  const promise = new Promise<void>((resolve) => {
    open = resolve
  })
  return { promise, open }
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

describe('lazyFeedHttp', () => {
  let server: Server
  let origin = ''
  const served: string[] = []
  beforeAll(async () => {
    server = createServer((request, response) => {
      served.push(request.url ?? '')
      response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' })
      response.end(RSS)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('preloads unvalidated requests at once and sends them through the client after the first frame', async () => {
    served.length = 0
    const firstFrame = gate()
    const preloaded: string[] = []
    let loads = 0
    const http = lazyFeedHttp({
      retries: 0,
      pageOrigin: origin,
      after: firstFrame.promise,
      preload: (url) => preloaded.push(url),
      load: () => {
        loads++
        return import('../../../src/data/http')
      },
    })
    const cold = http.get({ url: `${origin}/top.xml`, name: 'Top' })
    const warm = http.get({ url: `${origin}/world.xml`, etag: '"v0"', name: 'World' })
    // Another origin (the same server by another name): its validators are never sent, so it is preloaded.
    const remoteUrl = origin.replace('127.0.0.1', 'localhost')
    const remote = http.get({ url: `${remoteUrl}/remote.xml`, etag: '"v0"', name: 'Remote' })
    await settle()
    expect(preloaded).toEqual([`${origin}/top.xml`, `${remoteUrl}/remote.xml`])
    expect(loads).toBe(0)
    expect(served).toEqual([])

    firstFrame.open()
    const answers = await Promise.all([cold, warm, remote])
    expect(answers.map((answer) => answer.kind)).toEqual(['ok', 'ok', 'ok'])
    expect(served.sort()).toEqual(['/remote.xml', '/top.xml', '/world.xml'])
    expect(loads).toBe(1)

    // Once the client is in, nothing is preloaded: requests go straight out.
    await http.get({ url: `${origin}/culture.xml`, name: 'Culture' })
    expect(preloaded).toHaveLength(2)
  })

  it('words a client that did not load as a feed reader that did not load, and says why', async () => {
    const warnings: string[] = []
    const http = lazyFeedHttp({
      after: Promise.resolve(),
      load: () => Promise.reject(new Error('chunk gone')),
      warn: (message) => warnings.push(message),
    })
    expect(await http.get({ url: `${origin}/top.xml`, name: 'Top' })).toEqual({
      kind: 'error',
      error: { kind: 'reader-missing', feed: 'Top' },
    })
    expect(warnings).toEqual(['the feed client did not load: chunk gone'])
  })
})
