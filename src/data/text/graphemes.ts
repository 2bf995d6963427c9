/**
 * User-perceived characters ("grapheme clusters", simplified): a base character plus the marks and joiners
 * that belong to it, so text is never cut between a letter and its accent or inside an emoji sequence.
 */
import { type CodePointRanges, codePointAt, inRange } from './codePoints'

/** Marks and joiners that belong to the character before them (never cut before one). */
const EXTENDING: CodePointRanges = [
  [0x0300, 0x036f],
  [0x0483, 0x0489],
  [0x0591, 0x05c7],
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x0900, 0x0903],
  [0x093a, 0x094f],
  [0x0951, 0x0957],
  [0x0e31, 0x0e31],
  [0x0e34, 0x0e3a],
  [0x0e47, 0x0e4e],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x200c, 0x200d],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
  [0x1f3fb, 0x1f3ff],
  [0xe0100, 0xe01ef],
]

const ZWJ = 0x200d
const isExtending = (cp: number): boolean => cp >= 0x0300 && inRange(cp, EXTENDING)

/** Start offsets of user-perceived characters (a base plus its marks; ZWJ sequences kept whole). */
export function clusterStarts(text: string): number[] {
  const starts: number[] = []
  let joinNext = false
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i)
    if (starts.length === 0 || !(isExtending(cp) || joinNext)) starts.push(i)
    joinNext = cp === ZWJ
    i += cp > 0xffff ? 2 : 1
  }
  return starts
}
