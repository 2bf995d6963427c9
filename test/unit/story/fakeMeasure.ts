/**
 * A predictable stand-in for canvas text measurement: 10 px per character, 20 px per full-width (CJK)
 * character, nothing for combining marks and joiners — enough to check line breaking by hand.
 */
import type { Measure } from '../../../src/data/text/lineBreak'

export const CHAR = 10

export const monospace: Measure = (text) => {
  let width = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if ((cp >= 0x0300 && cp <= 0x036f) || cp === 0x200d || (cp >= 0x064b && cp <= 0x065f)) continue
    width += (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xff00 && cp <= 0xffef) ? 2 * CHAR : CHAR
  }
  return width
}

/** Counts calls, to check that measuring stays cheap. */
export function countingMeasure(): { measure: Measure; calls: () => number } {
  let calls = 0
  return {
    measure: (text) => {
      calls++
      return monospace(text)
    },
    calls: () => calls,
  }
}
