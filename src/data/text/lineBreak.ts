/**
 * Line breaking for the story reader: splits one paragraph into lines no wider than a column, with a
 * text-measuring function injected by the caller (a canvas in the app, a fake in node tests). Pure: no DOM,
 * no Lightning. The reader draws the lines exactly as returned (one text node per paragraph fragment, word
 * wrap off), so what this module decides is what the viewer sees.
 *
 * Rules, in order of preference:
 * - break at spaces (Latin, Cyrillic, Greek, Arabic, Hebrew, Hangul… all separate words with spaces);
 * - break after a dash or a hyphen between letters ("well-|known", "word—|word");
 * - between any two Chinese/Japanese characters, except that closing punctuation (。、」…) never starts a
 *   line and opening punctuation (「（…) never ends one;
 * - a word wider than the whole column (a URL, a long compound) is cut where it fits, preferably after
 *   `/ . - _ ? & =`, else between characters — never inside a surrogate pair or before a combining mark.
 * Scripts with neither spaces nor ideographs (Thai, Lao, Khmer) fall back to the last rule.
 *
 * Pure: graphemes.ts says where characters start, whitespace.ts tidies the paragraph first.
 */

import { type CodePointRanges, codePointAt, inRange } from './codePoints'
import { clusterStarts } from './graphemes'
import { cleanWhitespace } from './whitespace'

/** Width in px of a string in the font being laid out. */
export type Measure = (text: string) => number

export interface Line {
  /** What to draw: the slice of the paragraph, without the spaces at the break. */
  text: string
  /** Offsets of the line in the (normalised) paragraph: [start, end). */
  start: number
  end: number
}

/** A piece that stays together on a line, plus the spaces after it (which vanish at a line end). */
interface Atom {
  start: number
  /** End of the visible text. */
  end: number
  /** End including trailing spaces. */
  next: number
}

/** Ideographic scripts that break between characters (Hangul is left out: Korean breaks at spaces). */
const IDEOGRAPHIC: CodePointRanges = [
  [0x2e80, 0x2fdf], // CJK radicals, Kangxi radicals
  [0x3000, 0x30ff], // CJK symbols and punctuation, Hiragana, Katakana
  [0x3100, 0x31ff], // Bopomofo, Katakana extensions
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xf900, 0xfaff], // compatibility ideographs
  [0xff00, 0xffef], // full-width forms
  [0x20000, 0x3134f], // extensions B–G
]

/** Never at the start of a line (closing brackets, stops, small kana, prolonged sound mark). */
const NO_START = new Set(
  Array.from(
    '、。，．：；？！）」』】〕〉》〗〙〛］｝ゝゞヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻‐゠–〜～…‥・,.:;?!)]}»”’%',
  ).map((c) => codePointAt(c)),
)

/** Never at the end of a line (opening brackets and quotes). */
const NO_END = new Set(Array.from('（「『【〔〈《〖〘〚［｛([{«“‘').map((c) => codePointAt(c)))

const isSpace = (cp: number): boolean => cp === 0x20
const isIdeographic = (cp: number): boolean => cp >= 0x2e80 && inRange(cp, IDEOGRAPHIC)
const isDash = (cp: number): boolean => cp === 0x2014 || cp === 0x2013
/** Cased letters (Latin, Greek, Cyrillic…): where a hyphen inside a word is a place to break. */
const isLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase()

/** Splits a normalised paragraph into atoms: the places a line may end are the atom boundaries. */
function atomsOf(text: string): Atom[] {
  const atoms: Atom[] = []
  const clusters = clusterStarts(text)
  let start = 0
  const close = (end: number, next: number) => {
    if (end > start) atoms.push({ start, end, next })
    start = next
  }
  for (let k = 0; k < clusters.length; k++) {
    const at = clusters[k] ?? text.length
    const end = clusters[k + 1] ?? text.length
    const cp = codePointAt(text, at)
    const nextCp = end < text.length ? codePointAt(text, end) : undefined
    if (isSpace(cp)) {
      // Spaces belong to the atom before them.
      let spacesEnd = end
      while (k + 1 < clusters.length && isSpace(codePointAt(text, clusters[k + 1] ?? text.length))) {
        k++
        spacesEnd = clusters[k + 1] ?? text.length
      }
      close(at, spacesEnd)
      continue
    }
    if (nextCp === undefined || isSpace(nextCp)) continue
    const breakAfter =
      // Between ideographs, or between an ideograph and a following non-ideograph (and vice versa).
      ((isIdeographic(cp) || isIdeographic(nextCp)) && !NO_END.has(cp) && !NO_START.has(nextCp)) ||
      (isDash(cp) && !NO_START.has(nextCp)) ||
      // "well-|known", but not "2024-25" or "-5".
      (cp === 0x2d && at > start && isLetter(text[at - 1] ?? '') && isLetter(String.fromCodePoint(nextCp)))
    if (breakAfter) close(end, end)
  }
  close(text.length, text.length)
  return atoms
}

/** Characters after which a cut inside an over-long word reads best (URLs, paths, compounds). */
const SOFT_CUT = new Set(['/', '.', '-', '_', '?', '&', '=', '#', ':', ','])

/**
 * The longest prefix of `text[from, to)` that fits `width`, cut at a cluster boundary and, when one exists in
 * the back half of the fitting part, right after a SOFT_CUT character. Always at least one cluster, so a
 * column narrower than a single character still makes progress.
 */
function cutToFit(text: string, from: number, to: number, width: number, measure: Measure): number {
  const bounds = clusterStarts(text.slice(from, to))
    .slice(1)
    .map((offset) => from + offset)
  bounds.push(to)
  let lo = 0
  let hi = bounds.length - 1
  // Binary search for the last boundary whose prefix fits.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(text.slice(from, bounds[mid] ?? to)) <= width) lo = mid
    else hi = mid - 1
  }
  for (let k = lo; k > lo / 2; k--) {
    const end = bounds[k] ?? to
    if (SOFT_CUT.has(text[end - 1] ?? '') && end < to) return end
  }
  return bounds[lo] ?? to
}

/**
 * Greedy line filling (what readers expect from a page: no rivers of re-balanced text). Widths of atoms are
 * summed, as Lightning's own wrapper does; each distinct string is measured once per call.
 */
export function wrapParagraph(paragraph: string, width: number, measure: Measure): Line[] {
  const text = cleanWhitespace(paragraph)
  if (text === '') return []
  const cache = new Map<string, number>()
  const w = (s: string): number => {
    let value = cache.get(s)
    if (value === undefined) {
      value = measure(s)
      cache.set(s, value)
    }
    return value
  }
  const lines: Line[] = []
  let lineStart = -1
  let lineEnd = 0
  /** Width of the line so far including the trailing spaces of its last atom. */
  let advance = 0
  const flush = () => {
    if (lineStart >= 0 && lineEnd > lineStart) {
      lines.push({ text: text.slice(lineStart, lineEnd), start: lineStart, end: lineEnd })
    }
    lineStart = -1
    advance = 0
  }

  for (const atom of atomsOf(text)) {
    let start = atom.start
    const visible = w(text.slice(start, atom.end))
    if (lineStart >= 0 && advance + visible <= width) {
      lineEnd = atom.end
      advance += w(text.slice(start, atom.next))
      continue
    }
    flush()
    // The atom starts a new line; if it is wider than a whole line, cut it into line-sized pieces.
    while (w(text.slice(start, atom.end)) > width) {
      const cut = cutToFit(text, start, atom.end, width, w)
      lines.push({ text: text.slice(start, cut), start, end: cut })
      start = cut
    }
    lineStart = start
    lineEnd = atom.end
    advance = w(text.slice(start, atom.next))
  }
  flush()
  return lines
}

/**
 * Tokens for Lightning's own word wrapper (tiles, hero, captions), whose default tokenizer breaks only at
 * spaces: a CJK headline or a 300-letter word would run straight out of its card. Same break opportunities as
 * wrapParagraph's atoms (spaces as " " tokens, between ideographs, after dashes); a word of more than
 * `longWord` characters is offered a break every `chunk` characters (Lightning cannot measure-cut a word).
 * Joined, the tokens give the text back.
 */
export function wrapTokens(text: string, longWord = 20, chunk = 10): string[] {
  const tokens: string[] = []
  let lead = 0
  while (lead < text.length && isSpace(text.charCodeAt(lead))) {
    tokens.push(' ')
    lead++
  }
  const rest = text.slice(lead)
  for (const atom of atomsOf(rest)) {
    const word = rest.slice(atom.start, atom.end)
    const clusters = clusterStarts(word)
    if (clusters.length <= longWord) tokens.push(word)
    else {
      for (let k = 0; k < clusters.length; k += chunk) {
        tokens.push(word.slice(clusters[k], clusters[k + chunk] ?? word.length))
      }
    }
    for (let i = atom.end; i < atom.next; i++) tokens.push(' ')
  }
  return tokens
}
