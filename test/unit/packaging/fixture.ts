/**
 * A throwaway project for the packaging tests: metadata.json, settings.json and the real icon, plus a small
 * built app folder (index.html, a script, a static file), in a temporary folder. `metadata` overrides
 * fields of the good metadata.json, so a test can break one thing at a time.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

export interface Fixture {
  project: string
  appDir: string
  outDir: string
  /** The app folder's files, path → text. */
  appFiles: Record<string, string>
}

export const GOOD_METADATA = {
  name: 'Harbour News',
  identifier: 'org.example.harbour-news',
  version: '1.2.3',
  icon: './static/icon.png',
  vendor: 'Example Broadcasting',
}

export function makeFixture(
  metadata: Record<string, unknown> = {},
  appSettings: Record<string, unknown> = {},
): Fixture {
  const project = mkdtempSync(join(tmpdir(), 'lightwire-pkg-'))
  const appDir = join(project, 'app')
  const outDir = join(project, 'out')
  mkdirSync(join(project, 'static'), { recursive: true })
  cpSync(join(PROJECT_ROOT, 'static/icon.png'), join(project, 'static/icon.png'))
  const fullMetadata = { ...GOOD_METADATA, ...metadata }
  writeFileSync(join(project, 'metadata.json'), JSON.stringify(fullMetadata))
  const settings = { appSettings: { id: GOOD_METADATA.identifier, ...appSettings }, platformSettings: {} }
  writeFileSync(join(project, 'settings.json'), JSON.stringify(settings))
  const appFiles: Record<string, string> = {
    'index.html': '<!doctype html><script src="./legacy-start.js"></script>',
    'legacy-start.js': 'System.import("./assets/index-legacy-X.js");',
    'assets/index-legacy-X.js': 'var app = 1;',
    'static/feeds/top.xml': '<rss version="2.0"><channel><title>Top</title></channel></rss>',
    'settings.json': JSON.stringify(settings),
    'metadata.json': JSON.stringify(fullMetadata),
  }
  for (const [path, text] of Object.entries(appFiles)) {
    mkdirSync(join(appDir, path, '..'), { recursive: true })
    writeFileSync(join(appDir, path), text)
  }
  return { project, appDir, outDir, appFiles }
}
