/**
 * RDK (and other Lightning app managers): a gzipped tarball of one app folder, named after the app id, with
 * `metadata.json` beside `index.html`, as the Lightning CLI's `lng dist` lays an app out:
 *
 *   com.example.news/index.html, metadata.json, settings.json, assets/…, static/…
 *
 * In hosted mode the folder holds metadata.json (with the hosted `url`) and an index.html that forwards to
 * it with a meta refresh (no script: the same CSP rules as the app).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create } from 'tar'
import { checkedHostedUrl, forwardingPage, type PackageInput } from './appFiles.ts'
import type { AppManifest } from './manifest.ts'

/** metadata.json as the package carries it: the app's own, with the checked fields and the icon's path. */
export function rdkMetadata(manifest: AppManifest, appMetadata: Record<string, unknown>, hostedUrl?: string) {
  return {
    ...appMetadata,
    name: manifest.name,
    identifier: manifest.id,
    version: manifest.version,
    icon: './icon.png',
    ...(hostedUrl === undefined ? {} : { url: checkedHostedUrl(hostedUrl).href }),
  }
}

export async function packageRdk(
  manifest: AppManifest,
  input: PackageInput,
  projectRoot: string,
): Promise<string> {
  const stage = mkdtempSync(join(tmpdir(), 'lightwire-rdk-'))
  try {
    const app = join(stage, manifest.id)
    mkdirSync(app)
    if (input.hostedUrl === undefined) cpSync(input.appDir, app, { recursive: true })
    else writeFileSync(join(app, 'index.html'), forwardingPage(input.hostedUrl))
    const appMetadata = JSON.parse(readFileSync(join(projectRoot, 'metadata.json'), 'utf8')) as Record<
      string,
      unknown
    >
    writeFileSync(
      join(app, 'metadata.json'),
      `${JSON.stringify(rdkMetadata(manifest, appMetadata, input.hostedUrl), null, 2)}\n`,
    )
    cpSync(manifest.iconPath, join(app, 'icon.png'))
    mkdirSync(input.outDir, { recursive: true })
    const out = join(input.outDir, `${manifest.id}_${manifest.version}_rdk.tar.gz`)
    await create(
      { gzip: true, file: out, cwd: stage, portable: true, mtime: new Date('2020-01-01T00:00:00Z') },
      [manifest.id],
    )
    return out
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}
