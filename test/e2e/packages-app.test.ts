/**
 * The real app packaged: Lightwire's own metadata.json and the dist-legacy/ globalSetup built, through the
 * same functions `npm run package` uses. Every file of the built app must be in every package, unchanged
 * (test/unit/packaging checks each manifest field on a small fixture).
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesUnder } from '../../packaging/appFiles'
import { readManifest } from '../../packaging/manifest'
import { packageRdk } from '../../packaging/rdk'
import { packageTizen } from '../../packaging/tizen'
import { packageWebos } from '../../packaging/webos'
import { readAr, readTar, readZip } from '../unit/packaging/archives'
import { ROOT } from './harness/globalSetup'

const appDir = join(ROOT, 'dist-legacy')

function expectAppIn(files: Map<string, Buffer>, prefix: string, except: string[] = []): void {
  const app = filesUnder(appDir)
  expect(app.size).toBeGreaterThan(10)
  for (const [path, bytes] of app) {
    if (except.includes(path)) continue
    // Buffer.equals: a deep toEqual over megabytes of script takes seconds.
    expect(files.get(prefix + path)?.equals(bytes), `${prefix}${path} in the package, unchanged`).toBe(true)
  }
}

describe('packages of the real legacy build', () => {
  const manifest = readManifest(ROOT)
  const outDir = mkdtempSync(join(tmpdir(), 'lightwire-packages-'))

  it('Tizen carries all of dist-legacy', () => {
    expectAppIn(readZip(readFileSync(packageTizen(manifest, { appDir, outDir }))), '')
  })

  it('webOS carries all of dist-legacy', () => {
    const members = readAr(readFileSync(packageWebos(manifest, { appDir, outDir })))
    const data = readTar(members.get('data.tar.gz') ?? Buffer.alloc(0))
    expectAppIn(data, `usr/palm/applications/${manifest.id}/`)
  })

  it('RDK carries all of dist-legacy, its metadata.json pointing at the icon it carries', async () => {
    const files = readTar(readFileSync(await packageRdk(manifest, { appDir, outDir }, ROOT)))
    expectAppIn(files, `${manifest.id}/`, ['metadata.json'])
    const metadata = JSON.parse(files.get(`${manifest.id}/metadata.json`)?.toString() ?? '{}')
    expect(metadata).toMatchObject({ identifier: manifest.id, version: manifest.version, icon: './icon.png' })
    expect(files.has(`${manifest.id}/icon.png`)).toBe(true)
  })
})
