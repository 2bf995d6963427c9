import { fileURLToPath } from 'node:url'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** `npm run dev` with the project's own vite.config.ts: the emulator page, its routes and its address. */
describe('the emulator in the Vite dev server', () => {
  let server: ViteDevServer
  let base: string
  const printed: string[] = []

  beforeAll(async () => {
    server = await createServer({
      root: ROOT,
      configFile: `${ROOT}vite.config.ts`,
      logLevel: 'info',
      server: { port: 0, strictPort: false, hmr: false },
      customLogger: {
        info: (message) => printed.push(message),
        warn: () => undefined,
        warnOnce: () => undefined,
        error: () => undefined,
        clearScreen: () => undefined,
        hasErrorLogged: () => false,
        hasWarned: false,
      },
    })
    await server.listen()
    base = server.resolvedUrls?.local[0] ?? ''
  }, 60_000)
  afterAll(() => server?.close())

  it('serves the emulator page from the source', async () => {
    const html = await (await fetch(`${base}emulator/`)).text()
    expect(html).toContain('<title>Lightwire TV emulator</title>')
    expect(html).toContain('main.ts')
  })

  it('mounts the dev app for the iframe, with its settings and feeds', async () => {
    const html = await (await fetch(`${base}emulator/tv/?platform=tizen&inspector`)).text()
    expect(html).toContain('<title>Lightwire</title>')
    expect(html).toContain('/src/main.ts')
    const settings = (await (await fetch(`${base}emulator/tv/settings.json`)).json()) as {
      appSettings: { sections: unknown[] }
    }
    expect(settings.appSettings.sections.length).toBeGreaterThan(0)
    expect((await fetch(`${base}emulator/api/state`)).status).toBe(200)
  })

  it('prints the emulator address with the dev server addresses', () => {
    server.printUrls()
    expect(printed.join('\n')).toContain(`Emulator: ${base}emulator/`)
  })
})
