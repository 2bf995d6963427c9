/**
 * Vite plugins that make `dist/` a self-contained Lightning app folder:
 * - `static/` is copied to `dist/static/` so the SDK's `Utils.asset()` (platformSettings.path "./static") works
 *   unchanged in dev (Vite serves the project root) and in the build;
 * - `settings.json` and `metadata.json` sit next to `index.html`, where operators edit them after a build;
 * - the built `index.html` gets a Content-Security-Policy derived from settings.json.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from './csp.ts'

export function copyAppFiles(root: string): Plugin {
  let outDir = resolve(root, 'dist')
  return {
    name: 'lightwire:copy-app-files',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      if (existsSync(resolve(root, 'static'))) {
        cpSync(resolve(root, 'static'), resolve(outDir, 'static'), { recursive: true })
      }
      for (const file of ['settings.json', 'metadata.json']) {
        const from = resolve(root, file)
        if (existsSync(from)) cpSync(from, resolve(outDir, file))
      }
    },
  }
}

/** The operator's settings.json the build reads (the CSP and the start-up preloads are derived from it). */
export function readBuildSettings(root: string): unknown {
  return JSON.parse(readFileSync(resolve(root, 'settings.json'), 'utf8'))
}

export function injectCsp(root: string): Plugin {
  return {
    name: 'lightwire:csp',
    apply: 'build',
    transformIndexHtml(html) {
      const policy = contentSecurityPolicy(readBuildSettings(root))
      return html.replace('<!-- CSP -->', `<meta http-equiv="Content-Security-Policy" content="${policy}">`)
    },
  }
}
