/**
 * Finishes the legacy build (vite.legacy.config.ts) on disk, after @vitejs/plugin-legacy has written it:
 *
 * - plugin-legacy starts the app with an inline `<script>System.import(…)</script>`, which the app's CSP
 *   (`script-src 'self'`, no 'unsafe-inline') refuses. The same call moves into `legacy-start.js`, a file on
 *   the app's own origin, so dist-legacy keeps exactly the modern build's policy.
 * - On Vite 8, plugin-legacy's chunks are ES5 only without minification, and its polyfills chunk still
 *   carries an arrow-function helper from the bundler's runtime. Every JS file that an ES5 parser (acorn,
 *   ecmaVersion 5) rejects is lowered by Babel's preset-env to the legacy targets and checked again; a file
 *   still not ES5 fails the build instead of shipping.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { transformSync } from '@babel/core'
import { parse } from 'acorn'
import type { Plugin } from 'vite'
import { LEGACY_TARGETS } from './legacyTargets.ts'

export const LEGACY_START_FILE = 'legacy-start.js'

/** The first ES5 syntax error in `code`, or undefined when an ES5 engine can parse all of it. */
export function es5SyntaxError(code: string): string | undefined {
  try {
    parse(code, { ecmaVersion: 5, sourceType: 'script' })
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

export function jsFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name))
}

/** Lowers one file to ES5 when it is not ES5 already; throws when even Babel's output is not. */
export function lowerToEs5(file: string, code: string): string {
  if (es5SyntaxError(code) === undefined) return code
  const lowered = transformSync(code, {
    babelrc: false,
    configFile: false,
    sourceType: 'script',
    compact: false,
    presets: [['@babel/preset-env', { targets: LEGACY_TARGETS, modules: false, forceAllTransforms: true }]],
  })?.code
  const error = lowered === undefined || lowered === null ? 'Babel returned nothing' : es5SyntaxError(lowered)
  if (error !== undefined || !lowered) throw new Error(`${file} is not ES5 after lowering: ${error}`)
  return lowered
}

const INLINE_START =
  /<script([^>]*) id="vite-legacy-entry" data-src="([^"]+)">System\.import\([^<]*\)<\/script>/

/** index.html with the inline start call replaced by a same-origin script, and that script's text. */
export function externalizeStart(html: string): { html: string; start: string } {
  const match = INLINE_START.exec(html)
  if (!match) throw new Error('dist-legacy/index.html: no vite-legacy-entry script to externalize')
  const [whole, attributes, entry] = match
  // An ES5 statement; the entry URL is relative to the page, as plugin-legacy wrote it.
  const start = `System.import(${JSON.stringify(entry)});\n`
  return { html: html.replace(whole, `<script${attributes} src="./${LEGACY_START_FILE}"></script>`), start }
}

export function finishLegacyOutput(): Plugin {
  let outDir = ''
  return {
    name: 'lightwire:legacy-output',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    writeBundle() {
      const indexPath = join(outDir, 'index.html')
      const { html, start } = externalizeStart(readFileSync(indexPath, 'utf8'))
      writeFileSync(indexPath, html)
      writeFileSync(join(outDir, LEGACY_START_FILE), start)
      for (const file of jsFilesIn(outDir)) {
        const code = readFileSync(file, 'utf8')
        const lowered = lowerToEs5(relative(outDir, file), code)
        if (lowered !== code) writeFileSync(file, lowered)
      }
    },
  }
}
