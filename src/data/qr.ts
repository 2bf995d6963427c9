/**
 * QR codes for "Read on your phone". Encoding is lean-qr's (see docs/story.md for why that library);
 * this module adds the policy (only http(s) URLs, medium error correction) and turns the module grid into
 * as few rectangles as possible for the renderer. Pure: no DOM, no Lightning.
 */
import { correction, generate } from 'lean-qr'
import { webUrl } from './webUrl'

export interface QrMatrix {
  /** Modules per side (21 for version 1 … 177 for version 40), without the quiet zone. */
  size: number
  isDark(x: number, y: number): boolean
}

export type QrResult =
  | { ok: true; url: string; matrix: QrMatrix }
  | { ok: false; reason: 'not-a-web-url' | 'too-long' }

/** Above this a code gets too dense to scan from a TV across a room; such links are not offered. */
const MAX_VERSION = 10

/** Encodes a story's web address, or says why it will not. */
export function qrForUrl(url: string | undefined): QrResult {
  const safe = webUrl(url)
  if (!safe) return { ok: false, reason: 'not-a-web-url' }
  let code: ReturnType<typeof generate>
  try {
    // M: a screen is never dirty or torn, but glare and moiré on a camera preview are real.
    code = generate(safe, { minCorrectionLevel: correction.M, maxVersion: MAX_VERSION })
  } catch {
    // lean-qr throws when the data does not fit the largest allowed version.
    return { ok: false, reason: 'too-long' }
  }
  return { ok: true, url: safe, matrix: { size: code.size, isDark: (x, y) => code.get(x, y) } }
}

export interface QrRect {
  /** In modules. */
  x: number
  y: number
  w: number
  h: number
}

/**
 * Dark modules as rectangles: runs along each row, then identical runs on consecutive rows merged into one
 * taller rectangle. A 33×33 URL code needs ~200 rectangles instead of ~550 modules.
 */
export function qrRects(matrix: QrMatrix): QrRect[] {
  const done: QrRect[] = []
  /** Rectangles still growing downwards, keyed by "x:w" of their run. */
  let open = new Map<string, QrRect>()
  for (let y = 0; y < matrix.size; y++) {
    const next = new Map<string, QrRect>()
    for (let x = 0; x < matrix.size; x++) {
      if (!matrix.isDark(x, y)) continue
      const start = x
      while (x + 1 < matrix.size && matrix.isDark(x + 1, y)) x++
      const key = `${start}:${x - start + 1}`
      const above = open.get(key)
      if (above) {
        above.h++
        open.delete(key)
        next.set(key, above)
      } else {
        next.set(key, { x: start, y, w: x - start + 1, h: 1 })
      }
    }
    done.push(...open.values())
    open = next
  }
  done.push(...open.values())
  return done
}
