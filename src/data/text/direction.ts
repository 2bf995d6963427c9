/** Which way a paragraph reads: right to left when its first strong character is Hebrew or Arabic script. */
import { type CodePointRanges, codePointAt, inRange } from './codePoints'

const RTL_SCRIPTS: CodePointRanges = [
  [0x0590, 0x08ff], // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic supplements
  [0xfb1d, 0xfdff], // Hebrew and Arabic presentation forms A
  [0xfe70, 0xfeff], // Arabic presentation forms B
]

/** Neutral or weak for direction: digits, punctuation, symbols, marks. */
const NEUTRAL: CodePointRanges = [
  [0x0000, 0x0040],
  [0x005b, 0x0060],
  [0x007b, 0x00bf],
  [0x02b9, 0x036f],
  [0x2000, 0x2bff],
  [0x3000, 0x303f],
  [0xfe00, 0xfe6f],
  [0xff00, 0xff20],
]

/** True when the paragraph's first strong character is from a right-to-left script (it is then right-aligned). */
export function isRtl(text: string): boolean {
  for (const ch of text) {
    const cp = codePointAt(ch)
    if (inRange(cp, RTL_SCRIPTS)) return true
    if (!inRange(cp, NEUTRAL)) return false
  }
  return false
}
