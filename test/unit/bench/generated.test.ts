import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { feedSwitch } from '../../../bench/generated'
import type { Route } from '../../../server/appServer'

/** Asks the routes, in order, as the app server does; returns what the first one that answered wrote. */
async function get(routes: Route[], path: string): Promise<{ status: number; body: string } | undefined> {
  let status = 0
  let body = ''
  const res = {
    writeHead: (code: number) => {
      status = code
      return res
    },
    end: (data?: string | Buffer) => {
      body = data === undefined ? '' : data.toString()
    },
  } as unknown as ServerResponse
  for (const route of routes) {
    if (await route({} as IncomingMessage, res, new URL(path, 'http://127.0.0.1'))) return { status, body }
  }
  return undefined
}

const appSettingsOf = async (routes: Route[]) => {
  const settings = await get(routes, '/settings.json')
  return (
    JSON.parse(settings?.body ?? '{}') as {
      appSettings: { sections: { url: string }[]; maxStoriesPerSection: number }
    }
  ).appSettings
}
const sectionsOf = async (routes: Route[]) => (await appSettingsOf(routes)).sections
const itemsIn = (xml: string) => xml.match(/<item>/g)?.length ?? 0

describe('bench generated feeds', () => {
  it('leaves settings.json to the bundled app until a size is chosen, and after switching back', async () => {
    const feeds = feedSwitch()
    expect(await get(feeds.routes, '/settings.json')).toBeUndefined()
    feeds.use({ sections: 2, stories: 20 })
    expect(await get(feeds.routes, '/settings.json')).toBeDefined()
    feeds.use('bundled')
    expect(await get(feeds.routes, '/settings.json')).toBeUndefined()
  })

  it('small is 2 sections × 20 stories', async () => {
    const feeds = feedSwitch()
    feeds.use({ sections: 2, stories: 20 })
    const sections = await sectionsOf(feeds.routes)
    expect(sections).toHaveLength(2)
    for (const section of sections) {
      const feed = await get(feeds.routes, section.url.replace(/^\./, ''))
      expect(feed?.status).toBe(200)
      expect(itemsIn(feed?.body ?? '')).toBe(20)
    }
    expect(await get(feeds.routes, '/gen/gen-2.xml')).toBeUndefined()
  })

  it('large is 20 sections × 200 stories, generated on request (nothing on disk)', async () => {
    const feeds = feedSwitch()
    feeds.use({ sections: 20, stories: 200 })
    const sections = await sectionsOf(feeds.routes)
    expect(sections).toHaveLength(20)
    const last = await get(feeds.routes, sections[19]?.url.replace(/^\./, '') ?? '')
    expect(itemsIn(last?.body ?? '')).toBe(200)
    // …and the app is told to keep all 200 (its default is 50), so a row really has 200 tiles.
    expect((await appSettingsOf(feeds.routes)).maxStoriesPerSection).toBe(200)
  })

  it('is the same feed run after run (a fixed date), so runs compare', async () => {
    const a = feedSwitch()
    const b = feedSwitch()
    a.use({ sections: 2, stories: 20 })
    b.use({ sections: 2, stories: 20 })
    expect((await get(a.routes, '/gen/gen-1.xml'))?.body).toBe((await get(b.routes, '/gen/gen-1.xml'))?.body)
  })
})
