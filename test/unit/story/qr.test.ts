import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { type QrMatrix, qrForUrl, qrRects } from '../../../src/data/qr'
import { webUrl } from '../../../src/data/webUrl'

/** Draws the rectangles (not the matrix) into pixels and reads them back with a real QR decoder. */
function decodeRects(matrix: QrMatrix): string | undefined {
  const scale = 4
  const quiet = 4
  const side = (matrix.size + 2 * quiet) * scale
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  for (const rect of qrRects(matrix)) {
    for (let y = (rect.y + quiet) * scale; y < (rect.y + rect.h + quiet) * scale; y++) {
      for (let x = (rect.x + quiet) * scale; x < (rect.x + rect.w + quiet) * scale; x++) {
        const i = (y * side + x) * 4
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0
      }
    }
  }
  return jsQR(pixels, side, side)?.data
}

describe('webUrl', () => {
  it('accepts only absolute http(s) URLs', () => {
    expect(webUrl('https://news.example.org/a?b=1#c')).toBe('https://news.example.org/a?b=1#c')
    expect(webUrl(' http://example.org ')).toBe('http://example.org')
    for (const bad of [
      undefined,
      '',
      'javascript:alert(1)',
      'data:text/html,hi',
      '/relative/path',
      '//example.org/x',
      'ftp://example.org/x',
      'https://',
      'https://exa mple.org',
    ]) {
      expect(webUrl(bad)).toBeUndefined()
    }
  })
})

describe('qrForUrl', () => {
  it('encodes a story URL that a phone can read back', () => {
    const url = 'https://news.example.org/world/2025/05/06/harbour-cranes-return'
    const result = qrForUrl(url)
    if (!result.ok) throw new Error(result.reason)
    expect(result.matrix.size).toBeGreaterThanOrEqual(21)
    expect(decodeRects(result.matrix)).toBe(url)
  })

  it('refuses anything that is not an http(s) URL', () => {
    expect(qrForUrl('javascript:alert(1)')).toEqual({ ok: false, reason: 'not-a-web-url' })
    expect(qrForUrl(undefined)).toEqual({ ok: false, reason: 'not-a-web-url' })
  })

  it('refuses a URL too long to scan from across a room', () => {
    expect(qrForUrl(`https://example.org/${'a'.repeat(600)}`)).toEqual({ ok: false, reason: 'too-long' })
  })
})

describe('qrRects', () => {
  it('covers exactly the dark modules, with far fewer rectangles than modules', () => {
    const result = qrForUrl('https://example.org/news/2025/05/06/a-story')
    if (!result.ok) throw new Error(result.reason)
    const { matrix } = result
    const covered = new Set<string>()
    const rects = qrRects(matrix)
    for (const r of rects) {
      for (let y = r.y; y < r.y + r.h; y++)
        for (let x = r.x; x < r.x + r.w; x++) {
          expect(covered.has(`${x},${y}`)).toBe(false)
          covered.add(`${x},${y}`)
        }
    }
    let dark = 0
    for (let y = 0; y < matrix.size; y++)
      for (let x = 0; x < matrix.size; x++) {
        if (matrix.isDark(x, y)) dark++
        expect(covered.has(`${x},${y}`)).toBe(matrix.isDark(x, y))
      }
    expect(rects.length).toBeLessThan(dark / 2)
  })
})
