import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { derivedTizenPackageId, ManifestError, readManifest } from '../../../packaging/manifest'
import { GOOD_METADATA, makeFixture } from './fixture'

function problemsOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    if (error instanceof ManifestError) return error.problems
    throw error
  }
  throw new Error('expected a ManifestError')
}

describe('package manifest (metadata.json + settings.json)', () => {
  it('reads id, version, name, vendor and the icon from metadata.json', () => {
    const { project } = makeFixture()
    const manifest = readManifest(project)
    expect(manifest).toMatchObject({
      id: GOOD_METADATA.identifier,
      version: '1.2.3',
      name: 'Harbour News',
      vendor: 'Example Broadcasting',
      icon: { width: 512, height: 512 },
      iconPath: join(project, 'static/icon.png'),
    })
    expect(manifest.tizenPackageId).toMatch(/^[0-9a-zA-Z]{10}$/)
    expect(manifest.tizenPackageId).toBe(derivedTizenPackageId(GOOD_METADATA.identifier))
  })

  it('takes a store-assigned Tizen package id, and the name as vendor when none is given', () => {
    const { project } = makeFixture({ tizenPackageId: 'AbCdE12345', vendor: undefined })
    expect(readManifest(project)).toMatchObject({ tizenPackageId: 'AbCdE12345', vendor: 'Harbour News' })
  })

  it('refuses a missing icon, naming the path it looked for', () => {
    const { project } = makeFixture()
    rmSync(join(project, 'static/icon.png'))
    expect(problemsOf(() => readManifest(project))).toEqual([
      `metadata.json: "icon" ./static/icon.png does not exist (looked for ${join(project, 'static/icon.png')})`,
    ])
  })

  it('refuses an icon that is not a PNG', () => {
    const { project } = makeFixture()
    writeFileSync(join(project, 'static/icon.png'), '<svg/>')
    expect(problemsOf(() => readManifest(project))).toEqual([
      'metadata.json: "icon" ./static/icon.png is not a PNG file',
    ])
  })

  it.each([
    'com.Example.news',
    'com.example news',
    'news',
    'com.example.1news',
    'com..example',
    'com.exa_mple',
  ])('refuses the id "%s"', (identifier) => {
    const problems = problemsOf(() => readManifest(makeFixture({ identifier }, { id: undefined }).project))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(`"identifier" "${identifier}" has illegal characters`)
  })

  it.each(['1.2', '1.2.3.4', 'v1.2.3', '1.2.x', ''])('refuses the version "%s"', (version) => {
    const problems = problemsOf(() => readManifest(makeFixture({ version }).project))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/"version" (is missing|is "[^"]*"; it must be x\.y\.z)/)
  })

  it('refuses a version Tizen cannot hold', () => {
    expect(problemsOf(() => readManifest(makeFixture({ version: '1.256.0' }).project))).toEqual([
      'metadata.json: "version" 1.256.0 is out of range (Tizen: x, y ≤ 255, z ≤ 65535)',
    ])
  })

  it('refuses settings.json naming another id or version than metadata.json', () => {
    const { project } = makeFixture({}, { id: 'org.example.other', version: '2.0.0' })
    expect(problemsOf(() => readManifest(project))).toEqual([
      'settings.json: appSettings.id "org.example.other" differs from metadata.json\'s "org.example.harbour-news"',
      'settings.json: appSettings.version "2.0.0" differs from metadata.json\'s "1.2.3"',
    ])
  })

  it('lists every problem at once', () => {
    const { project } = makeFixture({ identifier: 'Bad Id', version: '1', name: '', icon: './nope.png' })
    const problems = problemsOf(() => readManifest(project))
    expect(problems).toHaveLength(5)
    expect(problems.join('\n')).toMatch(/identifier[\s\S]*version[\s\S]*name[\s\S]*id[\s\S]*icon/)
  })
})
