/**
 * Builds what the bench measures, all with the app's own Vite build settings: the app (`dist/`), the bare
 * Lightning baseline page and the core+SDK+axios size floor (`bench-dist/`), and the legacy build
 * (`dist-legacy/`, vite.legacy.config.ts) whose start-up size is reported next to the modern one.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type InlineConfig } from 'vite'
import appConfig from '../vite.config'

export const ROOT = resolve(import.meta.dirname, '..')
export const APP_DIST = join(ROOT, 'dist')
export const BENCH_DIST = join(ROOT, 'bench-dist')
export const LEGACY_DIST = join(ROOT, 'dist-legacy')

const quiet = { logLevel: 'warn' as const, configFile: false as const }

export async function buildAll(): Promise<void> {
  await build({ ...quiet, ...(appConfig as InlineConfig), root: ROOT })
  await build({ logLevel: 'warn', root: ROOT, configFile: join(ROOT, 'vite.legacy.config.ts') })
  for (const page of ['baseline', 'floor', 'reference']) {
    await build({
      ...quiet,
      root: join(ROOT, 'bench', 'pages'),
      base: './',
      publicDir: false,
      build: {
        ...(appConfig as InlineConfig).build,
        outDir: join(BENCH_DIST, page),
        emptyOutDir: true,
        sourcemap: false,
        rollupOptions: { input: join(ROOT, 'bench', 'pages', `${page}.html`) },
      },
    })
  }
}

/**
 * Bytes (gzip level 9) of the JavaScript a page loads before it can start: its module entry and the chunks
 * it preloads. Lazily imported chunks (the video player, the inspector) are not part of start-up.
 */
export function startupJsGzip(distDir: string, html = 'index.html'): { files: string[]; bytes: number } {
  const page = readFileSync(join(distDir, html), 'utf8')
  const files = [
    ...page.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...page.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => (match[1] ?? '').replace(/^\.\//, ''))
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length,
    0,
  )
  return { files, bytes }
}
