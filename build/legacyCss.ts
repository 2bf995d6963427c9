/**
 * The app's stylesheet for the legacy build. With plugin-legacy and no modern chunks, Vite either injects CSS
 * from script as an inline `<style>` (refused by the CSP's `style-src 'self'`) or, with `cssCodeSplit: false`,
 * writes none at all. So this plugin records every CSS file the app imports, in import order, and writes them
 * as one stylesheet lowered for the old engines (`inset` becomes four offsets for Chromium 47), linked from
 * index.html like the modern build's.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { browserslistToTargets, transform } from 'lightningcss'
import type { Plugin } from 'vite'

export const LEGACY_CSS_FILE = 'assets/app-legacy.css'

/** Chromium/Safari majors as lightningcss wants them: version << 16. */
function targetsFor(engines: readonly string[]) {
  const list = engines.map((engine) => {
    const [, name, major] = /^(chrome|safari)\s*>=\s*(\d+)$/.exec(engine) ?? []
    if (!name || !major) throw new Error(`legacy CSS: cannot read target "${engine}"`)
    return `${name} ${major}`
  })
  return browserslistToTargets(list)
}

export function lowerCss(css: string, engines: readonly string[]): string {
  const { code } = transform({
    filename: 'app.css',
    code: Buffer.from(css),
    minify: true,
    targets: targetsFor(engines),
  })
  return code.toString()
}

export function legacyStylesheet(engines: readonly string[]): Plugin {
  const sources = new Map<string, string>()
  let outDir = ''
  return {
    name: 'lightwire:legacy-css',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    load(id) {
      const path = id.split('?')[0] ?? id
      if (path.endsWith('.css') && !sources.has(path)) sources.set(path, readFileSync(path, 'utf8'))
      return null
    },
    writeBundle() {
      const css = lowerCss([...sources.values()].join('\n'), engines)
      writeFileSync(join(outDir, LEGACY_CSS_FILE), css)
      const indexPath = join(outDir, 'index.html')
      const html = readFileSync(indexPath, 'utf8')
      writeFileSync(
        indexPath,
        html.replace('</head>', `  <link rel="stylesheet" href="./${LEGACY_CSS_FILE}">\n  </head>`),
      )
    },
  }
}
