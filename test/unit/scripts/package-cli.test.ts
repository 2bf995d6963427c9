/**
 * `npm run package` as an operator runs it: the exit code and what it prints. A project with bad metadata
 * fails before anything is built or written; a good one writes all three packages.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeFixture, PROJECT_ROOT } from '../packaging/fixture'

function runPackage(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('npm run package', () => {
  it('fails with exit 1 and every problem listed when metadata.json is bad, writing nothing', () => {
    const fixture = makeFixture({
      identifier: 'com.Example News',
      version: '1.0',
      icon: './static/missing.png',
    })
    const run = runPackage([
      'all',
      '--project',
      fixture.project,
      '--app-dir',
      fixture.appDir,
      '--out',
      fixture.outDir,
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Cannot package:')
    expect(run.stderr).toContain('"identifier" "com.Example News" has illegal characters')
    expect(run.stderr).toContain('"version" is "1.0"; it must be x.y.z')
    expect(run.stderr).toContain('"icon" ./static/missing.png does not exist')
    expect(existsSync(fixture.outDir)).toBe(false)
  })

  it('refuses an unknown platform and a hosted URL that is not http(s), before building', () => {
    const fixture = makeFixture()
    const unknown = runPackage(['android', '--project', fixture.project])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown platform "android"')
    expect(unknown.stderr).toContain('Usage: npm run package -- <tizen|webos|rdk|all>')
    const hosted = runPackage(['tizen', '--project', fixture.project, '--hosted', 'ftp://example.org/app'])
    expect(hosted.code).toBe(1)
    expect(hosted.stderr).toContain('only http(s) URLs can be hosted content')
  })

  it('writes the three packages and lists them', () => {
    const fixture = makeFixture()
    const run = runPackage([
      'all',
      '--project',
      fixture.project,
      '--app-dir',
      fixture.appDir,
      '--out',
      fixture.outDir,
    ])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const made = readdirSync(fixture.outDir).sort()
    expect(made).toEqual([
      'org.example.harbour-news_1.2.3.wgt',
      'org.example.harbour-news_1.2.3_all.ipk',
      'org.example.harbour-news_1.2.3_rdk.tar.gz',
    ])
    for (const [platform, file] of [
      ['tizen', made[0]],
      ['webos', made[1]],
      ['rdk', made[2]],
    ]) {
      expect(run.stdout).toContain(`${platform}: ${join(fixture.outDir, file ?? '')}`)
    }
  })
})
