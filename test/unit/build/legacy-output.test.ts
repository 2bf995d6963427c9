import { describe, expect, it } from 'vitest'
import { lowerCss } from '../../../build/legacyCss'
import { es5SyntaxError, externalizeStart, LEGACY_START_FILE, lowerToEs5 } from '../../../build/legacyOutput'
import { LEGACY_TARGETS } from '../../../build/legacyTargets'

describe('legacy build output', () => {
  it('tells ES5 from newer syntax', () => {
    expect(es5SyntaxError('var a = function (b) { return b + 1 }')).toBeUndefined()
    expect(es5SyntaxError('var a = (b) => b + 1')).toMatch(/Unexpected token/)
    expect(es5SyntaxError('let a = 1')).toBeDefined()
  })

  it('lowers a file with an arrow function, let and a class to ES5, and leaves ES5 alone', () => {
    const lowered = lowerToEs5('x.js', 'let f = (a) => a + 1; class C {}')
    expect(es5SyntaxError(lowered)).toBeUndefined()
    expect(lowered).not.toContain('=>')
    const es5 = 'var same = 1;\n'
    expect(lowerToEs5('y.js', es5)).toBe(es5)
  })

  it('moves the inline start call into a same-origin script', () => {
    const html =
      '<body><script crossorigin id="vite-legacy-entry" data-src="./assets/index-legacy-AB.js">' +
      "System.import(document.getElementById('vite-legacy-entry').getAttribute('data-src'))</script></body>"
    const { html: out, start } = externalizeStart(html)
    expect(out).toBe(`<body><script crossorigin src="./${LEGACY_START_FILE}"></script></body>`)
    expect(start).toBe('System.import("./assets/index-legacy-AB.js");\n')
    expect(es5SyntaxError(start)).toBeUndefined()
  })

  it('fails loudly when plugin-legacy changes how it starts the app', () => {
    expect(() => externalizeStart('<body><script type="module" src="x.js"></script></body>')).toThrow(
      /no vite-legacy-entry/,
    )
  })

  it('spells `inset` as four offsets for Chromium 47', () => {
    const css = lowerCss('canvas { position: absolute; inset: 0 }', LEGACY_TARGETS)
    expect(css).not.toContain('inset')
    expect(css).toMatch(/top:0/)
    expect(css).toMatch(/left:0/)
  })
})
