import { type CodePointRanges, codePointAt, inRange } from './codePoints'

/**
 * Which way a headline or story reads, decided without Lightning or the DOM (tested in node). Feeds rarely
 * say: an RSS `<language>`, an Atom `xml:lang` or a JSON Feed `language` may name the language, and otherwise
 * the text itself tells, by its letters. The UI then right-aligns RTL text and lays the reader out from the
 * right, whatever the interface language.
 */

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

export type TextDirection = 'ltr' | 'rtl'

/** Languages written right to left (ISO 639-1, plus the codes feeds still use: `iw` for Hebrew). */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'iw', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ku-arab'])

/** Letters of right-to-left scripts: Hebrew, Arabic (with its supplements and presentation forms), Syriac, Thaana, N'Ko. */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu
/** Letters of left-to-right scripts: anything that is a letter and not in an RTL block. */
const LETTER = /\p{L}/gu
/** Arabic script only (Arabic, Persian, Urdu share it): what needs the bundled Arabic font. */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u

/** "ar", "ar-EG", "fa_IR", "ur" → rtl; "en-GB" → ltr; nothing or nonsense → undefined. */
export function directionOfLanguage(tag: string | undefined): TextDirection | undefined {
  if (!tag) return undefined
  const lower = tag.trim().toLowerCase().replace(/_/g, '-')
  if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(lower)) return undefined
  if (RTL_LANGUAGES.has(lower) || RTL_LANGUAGES.has(lower.split('-')[0] ?? '')) return 'rtl'
  // A script subtag overrides the language's usual one (az-Arab is written right to left).
  if (/-arab\b|-hebr\b/.test(lower)) return 'rtl'
  return 'ltr'
}

/**
 * The text's direction by the majority of its letters (digits and punctuation have none): an Arabic
 * headline that names "BBC" or "iPhone" still reads right to left. Undefined when it has no letters.
 */
export function directionOfText(text: string): TextDirection | undefined {
  const rtl = text.match(RTL_LETTER)?.length ?? 0
  const all = text.match(LETTER)?.length ?? 0
  if (all === 0) return undefined
  return rtl * 2 > all ? 'rtl' : 'ltr'
}

/** A story's direction: its own words first, the feed's declared language when the words do not tell. */
export function storyDirection(text: string, feedLanguage: string | undefined): TextDirection {
  return directionOfText(text) ?? directionOfLanguage(feedLanguage) ?? 'ltr'
}

/** True when any character is in the Arabic script (the bundled Arabic font must be loaded to draw it). */
export function hasArabicScript(text: string): boolean {
  return ARABIC_SCRIPT.test(text)
}
