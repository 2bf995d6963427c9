/**
 * LG webOS TV: an `.ipk` made by LG's own packager, `ares-package` from @webos-tools/cli (run from
 * node_modules, offline), from a staging folder holding `appinfo.json`, the icons and the app's files.
 * The ipk is a Debian-style `ar` archive (debian-binary, control.tar.gz, data.tar.gz).
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { forwardingPage, type PackageInput } from './appFiles.ts'
import type { AppManifest } from './manifest.ts'

export interface WebosAppInfo {
  id: string
  version: string
  vendor: string
  type: 'web'
  main: string
  title: string
  icon: string
  largeIcon: string
  /** The app handles Back (461) itself: without this webOS calls history.back() instead. */
  disableBackHistoryAPI: true
  resolution: string
}

export function webosAppInfo(manifest: AppManifest): WebosAppInfo {
  return {
    id: manifest.id,
    version: manifest.version,
    vendor: manifest.vendor,
    type: 'web',
    // Hosted: index.html is a page that forwards to the hosted app (ares-package wants a local main file).
    main: 'index.html',
    title: manifest.name,
    // One PNG (≥ 130×130, checked in manifest.ts) serves both; the launcher scales it.
    icon: 'icon.png',
    largeIcon: 'largeIcon.png',
    disableBackHistoryAPI: true,
    // The stage's design size; the app scales to a 720p panel itself (src/platform/resolution.ts).
    resolution: '1920x1080',
  }
}

function aresPackageBin(): string {
  return createRequire(import.meta.url).resolve('@webos-tools/cli/bin/ares-package.js')
}

export function packageWebos(manifest: AppManifest, input: PackageInput): string {
  const stage = mkdtempSync(join(tmpdir(), 'lightwire-webos-'))
  try {
    if (input.hostedUrl === undefined) cpSync(input.appDir, stage, { recursive: true })
    else writeFileSync(join(stage, 'index.html'), forwardingPage(input.hostedUrl))
    writeFileSync(join(stage, 'appinfo.json'), `${JSON.stringify(webosAppInfo(manifest), null, 2)}\n`)
    cpSync(manifest.iconPath, join(stage, 'icon.png'))
    cpSync(manifest.iconPath, join(stage, 'largeIcon.png'))
    mkdirSync(input.outDir, { recursive: true })
    const before = new Set(readdirSync(input.outDir))
    const expected = `${manifest.id}_${manifest.version}_all.ipk`
    rmSync(join(input.outDir, expected), { force: true })
    before.delete(expected)
    try {
      // --no-minify: ares-package would otherwise rewrite every script with its own minifier, shipping code
      // that no test ran; the legacy bundle is already checked as ES5 and run in Chromium and WPE.
      execFileSync(process.execPath, [aresPackageBin(), '--no-minify', stage, '-o', input.outDir], {
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      })
    } catch (error) {
      const output = error as { stdout?: string; stderr?: string }
      throw new Error(`ares-package failed:\n${output.stdout ?? ''}${output.stderr ?? String(error)}`)
    }
    const made = readdirSync(input.outDir).filter((name) => name.endsWith('.ipk') && !before.has(name))
    if (!made.includes(expected))
      throw new Error(`ares-package wrote ${made.join(', ') || 'nothing'}, not ${expected}`)
    return join(input.outDir, expected)
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}
