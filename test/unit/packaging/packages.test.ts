/**
 * Each package opened the way the TV's installer would (unzip, ar + tar), every manifest field and file
 * checked, for bundled and hosted content. webOS packages are made by the real `ares-package`.
 */
import { readFileSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { readManifest } from '../../../packaging/manifest'
import { packageRdk } from '../../../packaging/rdk'
import { packageTizen, TIZEN_PRIVILEGES, tizenRegisteredKeys } from '../../../packaging/tizen'
import { packageWebos } from '../../../packaging/webos'
import { readAr, readTar, readZip } from './archives'
import { GOOD_METADATA, makeFixture } from './fixture'

const HOSTED = 'https://tv.example.org/harbour/'
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' })

function bytesOf(files: Map<string, Buffer>, path: string): Buffer {
  const bytes = files.get(path)
  if (!bytes) throw new Error(`${path} is not in the package (it has ${[...files.keys()].join(', ')})`)
  return bytes
}

describe('Tizen .wgt', () => {
  it('is a zip with config.xml for the TV profile, the icon and every app file', () => {
    const fixture = makeFixture()
    const manifest = readManifest(fixture.project)
    const file = packageTizen(manifest, fixture)
    expect(file).toMatch(/org\.example\.harbour-news_1\.2\.3\.wgt$/)
    const files = readZip(readFileSync(file))
    expect([...files.keys()].sort()).toEqual(
      ['config.xml', 'icon.png', ...Object.keys(fixture.appFiles)].sort(),
    )
    for (const [path, text] of Object.entries(fixture.appFiles))
      expect(bytesOf(files, path).toString()).toBe(text)
    expect(bytesOf(files, 'icon.png')).toEqual(readFileSync(manifest.iconPath))

    const widget = xml.parse(bytesOf(files, 'config.xml').toString()).widget
    expect(widget.id).toBe('http://org.example.harbour-news')
    expect(widget.version).toBe('1.2.3')
    expect(widget.name).toBe('Harbour News')
    expect(widget.author).toBe('Example Broadcasting')
    expect(widget.icon.src).toBe('icon.png')
    expect(widget.content.src).toBe('index.html')
    expect(widget['tizen:profile'].name).toBe('tv-samsung')
    expect(widget['tizen:application']).toEqual({
      id: `${manifest.tizenPackageId}.HarbourNews`,
      package: manifest.tizenPackageId,
      required_version: '3.0',
    })
    const privileges = [widget['tizen:privilege']].flat().map((p: { name: string }) => p.name)
    expect(privileges.sort()).toEqual([...TIZEN_PRIVILEGES].sort())
    expect(widget['tizen:allow-navigation']).toBeUndefined()
    const metadata = [widget['tizen:metadata']].flat() as Array<{ key: string; value: string }>
    const keys = metadata.find((entry) => entry.key === 'lightwire.registeredKeys')?.value.split(',')
    expect(keys).toEqual(tizenRegisteredKeys())
    expect(keys).toEqual(expect.arrayContaining(['MediaPlayPause', 'ChannelUp', 'ChannelDown', 'ColorF0Red']))
  })

  it('in hosted mode carries config.xml and the icon only, and opens the hosted URL', () => {
    const fixture = makeFixture()
    const files = readZip(
      readFileSync(packageTizen(readManifest(fixture.project), { ...fixture, hostedUrl: HOSTED })),
    )
    expect([...files.keys()].sort()).toEqual(['config.xml', 'icon.png'])
    const widget = xml.parse(bytesOf(files, 'config.xml').toString()).widget
    expect(widget.content.src).toBe(HOSTED)
    expect(widget['tizen:allow-navigation']).toBe('tv.example.org')
  })
})

describe('webOS .ipk', () => {
  it('is an ar archive of control and data tarballs with appinfo.json, both icons and every app file', () => {
    const fixture = makeFixture()
    const manifest = readManifest(fixture.project)
    const file = packageWebos(manifest, fixture)
    expect(file).toMatch(/org\.example\.harbour-news_1\.2\.3_all\.ipk$/)
    const members = readAr(readFileSync(file))
    expect([...members.keys()]).toEqual(['debian-binary', 'control.tar.gz', 'data.tar.gz'])
    expect(bytesOf(members, 'debian-binary').toString()).toBe('2.0\n')
    const control = bytesOf(readTar(bytesOf(members, 'control.tar.gz')), 'control').toString()
    expect(control).toMatch(/^Package: org\.example\.harbour-news$/m)
    expect(control).toMatch(/^Version: 1\.2\.3$/m)
    expect(control).toMatch(/^Architecture: all$/m)

    const data = readTar(bytesOf(members, 'data.tar.gz'))
    const app = 'usr/palm/applications/org.example.harbour-news/'
    const appInfo: unknown = JSON.parse(bytesOf(data, `${app}appinfo.json`).toString())
    expect(appInfo).toEqual({
      id: GOOD_METADATA.identifier,
      version: '1.2.3',
      vendor: 'Example Broadcasting',
      type: 'web',
      main: 'index.html',
      title: 'Harbour News',
      icon: 'icon.png',
      largeIcon: 'largeIcon.png',
      disableBackHistoryAPI: true,
      resolution: '1920x1080',
    })
    expect(bytesOf(data, `${app}icon.png`)).toEqual(readFileSync(manifest.iconPath))
    expect(bytesOf(data, `${app}largeIcon.png`)).toEqual(readFileSync(manifest.iconPath))
    // Byte for byte: ares-package ran with --no-minify, so the scripts are the ones the tests ran.
    for (const [path, text] of Object.entries(fixture.appFiles))
      expect(bytesOf(data, app + path).toString()).toBe(text)
  })

  it('in hosted mode carries a page that forwards to the hosted URL with no script', () => {
    const fixture = makeFixture()
    const data = readTar(
      bytesOf(
        readAr(readFileSync(packageWebos(readManifest(fixture.project), { ...fixture, hostedUrl: HOSTED }))),
        'data.tar.gz',
      ),
    )
    const app = 'usr/palm/applications/org.example.harbour-news/'
    expect([...data.keys()].filter((path) => path.startsWith(app)).sort()).toEqual(
      ['appinfo.json', 'icon.png', 'index.html', 'largeIcon.png'].map((name) => app + name),
    )
    const page = bytesOf(data, `${app}index.html`).toString()
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${HOSTED}">`)
    expect(page).not.toContain('<script')
  })
})

describe('RDK tarball', () => {
  it('holds one app folder named after the id with metadata.json, the icon and every app file', async () => {
    const fixture = makeFixture()
    const manifest = readManifest(fixture.project)
    const file = await packageRdk(manifest, fixture, fixture.project)
    expect(file).toMatch(/org\.example\.harbour-news_1\.2\.3_rdk\.tar\.gz$/)
    const files = readTar(readFileSync(file))
    const app = 'org.example.harbour-news/'
    expect([...files.keys()].every((path) => path.startsWith(app))).toBe(true)
    for (const [path, text] of Object.entries(fixture.appFiles)) {
      if (path !== 'metadata.json') expect(bytesOf(files, app + path).toString()).toBe(text)
    }
    expect(JSON.parse(bytesOf(files, `${app}metadata.json`).toString())).toEqual({
      ...GOOD_METADATA,
      icon: './icon.png',
    })
    expect(bytesOf(files, `${app}icon.png`)).toEqual(readFileSync(manifest.iconPath))
  })

  it('in hosted mode names the URL in metadata.json and forwards to it', async () => {
    const fixture = makeFixture()
    const file = await packageRdk(
      readManifest(fixture.project),
      { ...fixture, hostedUrl: HOSTED },
      fixture.project,
    )
    const files = readTar(readFileSync(file))
    const app = 'org.example.harbour-news/'
    expect([...files.keys()].sort()).toEqual(['icon.png', 'index.html', 'metadata.json'].map((n) => app + n))
    expect(JSON.parse(bytesOf(files, `${app}metadata.json`).toString()).url).toBe(HOSTED)
    expect(bytesOf(files, `${app}index.html`).toString()).toContain(`url=${HOSTED}`)
  })
})
