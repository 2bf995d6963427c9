import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeFeedToken } from '../../../emulator/tvUrl'
import { type AppServer, type Route, startAppServer } from '../../../server/appServer'
import { type EmulatorState, emulatorRoutes, isNetworkContent } from '../../../server/emulatorRoutes'

const SETTINGS = {
  appSettings: {
    id: 'com.lightwire.news',
    sections: [
      { id: 'top', title: 'Top', url: './static/feeds/top.xml' },
      { id: 'own', title: 'Own', url: 'data/own.json' },
      { id: 'remote', title: 'Remote', url: 'https://example.org/rss' },
    ],
  },
  platformSettings: { id: 'com.lightwire.news', proxyUrl: '' },
}

describe('emulator routes', () => {
  let server: AppServer
  const state: EmulatorState = { offline: false, dropped: 0 }
  const proxied: string[] = []

  beforeAll(async () => {
    const app = mkdtempSync(join(tmpdir(), 'lightwire-emu-app-'))
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>app</title>')
    writeFileSync(join(app, 'settings.json'), JSON.stringify(SETTINGS))
    mkdirSync(join(app, 'static', 'feeds'), { recursive: true })
    mkdirSync(join(app, 'assets'))
    mkdirSync(join(app, 'data'))
    writeFileSync(join(app, 'static', 'feeds', 'top.xml'), '<rss/>')
    writeFileSync(join(app, 'assets', 'app.js'), 'export {}')
    writeFileSync(join(app, 'data', 'own.json'), '{}')
    const legacy = mkdtempSync(join(tmpdir(), 'lightwire-emu-legacy-'))
    writeFileSync(join(legacy, 'index.html'), '<!doctype html><title>legacy app</title>')
    writeFileSync(join(legacy, 'legacy-start.js'), 'System.import("./assets/index-legacy.js");')
    const page = mkdtempSync(join(tmpdir(), 'lightwire-emu-page-'))
    writeFileSync(join(page, 'index.html'), '<!doctype html><title>emulator</title>')
    // Stands in for server/proxy.ts: the mount must hand rewritten requests to the routes after it.
    const proxy: Route = (_req, res, url) => {
      if (url.pathname !== '/proxy') return false
      proxied.push(url.searchParams.get('url') ?? '')
      res.end('<rss>proxied</rss>')
      return true
    }
    server = await startAppServer({
      root: app,
      routes: [...emulatorRoutes({ appRoot: app, pageRoot: page, state, legacyRoot: legacy }), proxy],
    })
  })
  afterAll(() => server.close())

  const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init)

  it('serves the emulator page and sends the short addresses to it', async () => {
    expect(await (await get('/emulator/')).text()).toContain('<title>emulator</title>')
    for (const path of ['/emulator', '/emulator.html']) {
      const response = await get(path, { redirect: 'manual' })
      expect(response.status).toBe(302)
      expect(response.headers.get('location')).toBe('/emulator/')
    }
  })

  it('mounts the same app under /emulator/tv/', async () => {
    expect(await (await get('/emulator/tv/?platform=tizen&inspector')).text()).toContain('<title>app</title>')
    expect(await (await get('/emulator/tv/assets/app.js')).text()).toBe('export {}')
    expect(await (await get('/emulator/tv/settings.json')).json()).toEqual(SETTINGS)
    expect((await get('/emulator/tv', { redirect: 'manual' })).headers.get('location')).toBe('/emulator/tv/')
  })

  it("mounts the legacy build under /emulator/tv/legacy/, with the app's feeds and proxy", async () => {
    expect(await (await get('/emulator/tv/legacy/?platform=rdk&inspector')).text()).toContain('legacy app')
    expect(await (await get('/emulator/tv/legacy/legacy-start.js')).text()).toContain('System.import')
    // Not in the legacy folder: answered by the routes after the mount, as for the modern build.
    expect(await (await get('/emulator/tv/legacy/static/feeds/top.xml')).text()).toBe('<rss/>')
    expect(await (await get('/emulator/tv/legacy/proxy?url=https%3A%2F%2Fexample.org%2Frss')).text()).toBe(
      '<rss>proxied</rss>',
    )
    expect((await get('/emulator/tv/legacy', { redirect: 'manual' })).headers.get('location')).toBe(
      '/emulator/tv/legacy/',
    )
  })

  it('says how to make the legacy build when the server has none', async () => {
    const bare = await startAppServer({
      root: mkdtempSync(join(tmpdir(), 'lightwire-emu-none-')),
      routes: emulatorRoutes({ appRoot: mkdtempSync(join(tmpdir(), 'lightwire-emu-none-')) }),
    })
    try {
      const response = await fetch(`${bare.url}emulator/tv/legacy/`)
      expect(response.status).toBe(404)
      expect(await response.text()).toContain('npm run build:legacy')
    } finally {
      await bare.close()
    }
  })

  it('adds "my feed" to settings.json under a feed mount, read through the proxy', async () => {
    const token = encodeFeedToken({ url: 'https://feeds.example.net/news?x=1', title: 'Mine' })
    const settings = (await (await get(`/emulator/tv/f/${token}/settings.json`)).json()) as typeof SETTINGS
    expect(settings.appSettings.sections.map((section) => section.id)).toEqual([
      'top',
      'own',
      'remote',
      'my-feed',
    ])
    const mine = settings.appSettings.sections[3]
    expect(mine).toEqual({
      id: 'my-feed',
      title: 'Mine',
      url: 'proxy?url=https%3A%2F%2Ffeeds.example.net%2Fnews%3Fx%3D1',
    })
    expect(settings.platformSettings).toEqual(SETTINGS.platformSettings)
    // The app resolves the section against its page and the request reaches the proxy route.
    const feed = await get(`/emulator/tv/f/${token}/${mine?.url}`)
    expect(await feed.text()).toBe('<rss>proxied</rss>')
    expect(proxied).toContain('https://feeds.example.net/news?x=1')
    const noSlash = await get(`/emulator/tv/f/${token}?platform=webos`, { redirect: 'manual' })
    expect(noSlash.headers.get('location')).toBe(`/emulator/tv/f/${token}/?platform=webos`)
  })

  it('refuses a feed mount it cannot read', async () => {
    const response = await get('/emulator/tv/f/@@@/settings.json')
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/cannot be read/)
  })

  it('drops network content under the mount while offline, and nothing else', async () => {
    const toggle = async (offline: unknown) =>
      get('/emulator/api/offline', { method: 'POST', body: JSON.stringify({ offline }) })
    expect(await (await toggle(true)).json()).toEqual({ offline: true, dropped: 0 })
    try {
      await expect(get('/emulator/tv/static/feeds/top.xml')).rejects.toThrow()
      await expect(get('/emulator/tv/data/own.json')).rejects.toThrow()
      await expect(get('/emulator/tv/proxy?url=https%3A%2F%2Fexample.org%2Frss')).rejects.toThrow()
      // The app itself is on the device; the plain app at / is not the emulator's.
      expect((await get('/emulator/tv/?platform=tizen')).status).toBe(200)
      expect((await get('/emulator/tv/settings.json')).status).toBe(200)
      expect((await get('/emulator/tv/assets/app.js')).status).toBe(200)
      expect(await (await get('/static/feeds/top.xml')).text()).toBe('<rss/>')
      expect(await (await get('/emulator/api/state')).json()).toEqual({ offline: true, dropped: 3 })
    } finally {
      expect((await (await toggle(false)).json()).offline).toBe(false)
    }
    expect(await (await get('/emulator/tv/static/feeds/top.xml')).text()).toBe('<rss/>')
    expect((await toggle('yes')).status).toBe(400)
    expect((await get('/emulator/api/nothing')).status).toBe(404)
  })

  it('counts feeds, proxy, images and live stream as network content', () => {
    const feeds = new Set(['/data/own.json'])
    for (const path of [
      '/proxy',
      '/static/feeds/a.xml',
      '/static/images/b.jpg',
      '/static/live/c.m3u8',
      '/data/own.json',
    ]) {
      expect(isNetworkContent(path, feeds)).toBe(true)
    }
    for (const path of [
      '/',
      '/index.html',
      '/settings.json',
      '/assets/a.js',
      '/static/icon.png',
      '/proxyfoo/x',
    ]) {
      expect(isNetworkContent(path, feeds)).toBe(false)
    }
  })
})
