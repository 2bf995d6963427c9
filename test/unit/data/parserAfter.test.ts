/**
 * loadFeed's `parserAfter`: the feed is requested at once, but nothing is parsed (the parser's chunk is not
 * even asked for) until the app's first frame is out; a rejected gate still lets the feed through.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { FeedHttp, FeedRequest } from '../../../src/data/http'
import { type LoadFeedResult, loadFeed } from '../../../src/data/loadFeed'

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>Harbour reopens</title><guid>a-1</guid></item></channel></rss>`

function answering(requests: FeedRequest[]): FeedHttp {
  return {
    get: async (request) => {
      requests.push(request)
      return {
        kind: 'ok',
        bytes: new TextEncoder().encode(RSS),
        contentType: 'application/rss+xml',
        finalUrl: request.url,
      }
    },
  }
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

function gate() {
  let open: () => void = () => undefined
  let fail: (error: Error) => void = () => undefined
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve
    fail = reject
  })
  return { promise, open, fail }
}

describe('loadFeed with parserAfter', () => {
  // The chunk already in the module cache, as in a browser that has loaded it: only the gate can hold it back.
  beforeAll(() => import('../../../src/data/feedPipeline'))

  it('requests the feed at once and parses it only once the gate opens', async () => {
    const requests: FeedRequest[] = []
    const firstFrame = gate()
    let result: LoadFeedResult | undefined
    const loading = loadFeed(answering(requests), {
      sectionId: 'desk',
      sectionTitle: 'Desk',
      url: 'feeds/desk.xml',
      parserAfter: firstFrame.promise,
    })
    void loading.then((loaded) => {
      result = loaded
    })
    await settle()
    expect(requests.map((request) => request.url)).toEqual(['feeds/desk.xml'])
    expect(result).toBeUndefined()

    firstFrame.open()
    const loaded = await loading
    expect(loaded.kind === 'stories' && loaded.stories.map((story) => story.title)).toEqual([
      'Harbour reopens',
    ])
  })

  it('still parses when the gate rejects', async () => {
    const firstFrame = gate()
    const loading = loadFeed(answering([]), {
      sectionId: 'desk',
      sectionTitle: 'Desk',
      url: 'feeds/desk.xml',
      parserAfter: firstFrame.promise,
    })
    firstFrame.fail(new Error('no frame'))
    const result = await loading
    expect(result.kind).toBe('stories')
  })
})
