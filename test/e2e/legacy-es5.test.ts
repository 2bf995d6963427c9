/**
 * Every script in dist-legacy/ (built by globalSetup with vite.legacy.config.ts) parses as ES5, as the
 * oldest TV engines need: one arrow function, `let` or template literal anywhere stops such an engine before
 * the app starts. acorn with ecmaVersion 5 is the judge (the same check build/legacyOutput.ts makes).
 */
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'acorn'
import { describe, expect, it } from 'vitest'
import { jsFilesIn } from '../../build/legacyOutput'
import { ROOT } from './harness/globalSetup'

const DIST_LEGACY = join(ROOT, 'dist-legacy')

describe('dist-legacy scripts', () => {
  const files = jsFilesIn(DIST_LEGACY)

  it('are there: the start script, the polyfills and the app chunks', () => {
    const names = files.map((file) => relative(DIST_LEGACY, file))
    expect(names).toContain('legacy-start.js')
    expect(names.some((name) => /^assets\/polyfills-legacy-[\w-]+\.js$/.test(name))).toBe(true)
    expect(names.some((name) => /^assets\/index-legacy-[\w-]+\.js$/.test(name))).toBe(true)
    expect(names.filter((name) => !/-legacy-|legacy-start/.test(name))).toEqual([])
  })

  it.each(files.map((file) => [relative(DIST_LEGACY, file), file]))('%s parses as ES5', (_name, file) => {
    const code = readFileSync(file, 'utf8')
    expect(() => parse(code, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow()
  })

  it('index.html loads no module script and no inline script', () => {
    const html = readFileSync(join(DIST_LEGACY, 'index.html'), 'utf8')
    expect(html).not.toMatch(/type="module"|modulepreload/)
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.length).toBe(2)
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/ src="\.\/[^"]+\.js"/)
      expect(body?.trim()).toBe('')
    }
  })

  it('keeps the modern build’s Content-Security-Policy, settings.json and static files', () => {
    const policy = (folder: string) =>
      /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
        readFileSync(join(ROOT, folder, 'index.html'), 'utf8'),
      )?.[1]
    expect(policy('dist-legacy')).toBeTruthy()
    expect(policy('dist-legacy')).toBe(policy('dist'))
    for (const file of ['settings.json', 'metadata.json', 'static/icon.png', 'static/feeds/top.xml']) {
      expect(readFileSync(join(DIST_LEGACY, file))).toEqual(readFileSync(join(ROOT, 'dist', file)))
    }
  })
})
