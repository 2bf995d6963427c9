/**
 * `npx tsx bench/shots.ts OUT_DIR [--no-build]`: screenshots of the screens the bench measures, for
 * docs/bench.md's side-by-side comparison: the app's Home on the generated 20 × 200 feed with the first row
 * focused (what the smoothness figures scroll), the same at `?quality=low`, and the plain reference page
 * drawing that screen. Taken with the bench's own build, servers and browser.
 */
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildAll } from './build'
import { feedSwitch } from './generated'
import { SETTLE_MS } from './measures/keys'
import { serveAll } from './serve'
import { BenchPage, launch } from './session'

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? 'bench-dist/shots')
  mkdirSync(out, { recursive: true })
  if (!process.argv.includes('--no-build')) await buildAll()
  const feeds = feedSwitch()
  feeds.use({ sections: 20, stories: 200 })
  const servers = await serveAll(feeds.routes)
  const browser = await launch()
  try {
    const shots: Array<[string, string, boolean]> = [
      ['app-home', `${servers.app.url}?automation`, true],
      ['app-home-low', `${servers.app.url}?automation&quality=low`, true],
      ['reference-home', `${servers.app.url}reference/reference.html`, false],
    ]
    for (const [name, url, app] of shots) {
      const page = await BenchPage.open(browser, url, 1)
      await page.interactiveAt()
      if (app) await page.focusFirstRow()
      await page.key('Right')
      await page.wait(SETTLE_MS)
      await page.page.screenshot({ path: join(out, `${name}.png`) })
      await page.close()
      console.log(join(out, `${name}.png`))
    }
  } finally {
    await browser.close()
    await servers.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
