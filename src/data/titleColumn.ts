/**
 * A section's titles as the store holds them (issue 13, memory). A string of its own costs a 12-byte header
 * (and rounding) besides its characters; the section keeps its titles end to end in two strings instead: one
 * for titles V8 stores a byte a character (every character up to U+00FF), one for the others (two bytes a
 * character: Arabic, or an English title with a curly quote), so one wide title never doubles the rest. A
 * title is found by one small integer a story (which string, its start and its length: 4 bytes in the
 * array's slot); `at` cuts it out again.
 */

/** Titles are at most 300 characters (normalize.ts); a longer one (an old cache) leaves the section unpacked. */
const LENGTH_BITS = 9
const MAX_LENGTH = (1 << LENGTH_BITS) - 1
/** `start << LENGTH_BITS | length` stays within V8's small integers (31 bits, signed), and so does its `~`. */
const MAX_START = (1 << (30 - LENGTH_BITS)) - 1

type Titles =
  | {
      readonly narrow: string
      readonly wide: string
      /** `start << LENGTH_BITS | length` in `narrow`, or the bitwise not of that in `wide`. */
      readonly places: readonly number[]
    }
  | { readonly each: readonly string[] }

function isNarrow(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false
  return true
}

function pack(titles: readonly string[]): Titles {
  const narrow: string[] = []
  const wide: string[] = []
  let narrowSize = 0
  let wideSize = 0
  // Exactly this long, and only small integers in it: 4 bytes a story.
  const places: number[] = new Array(titles.length)
  for (const [index, title] of titles.entries()) {
    const isWide = !isNarrow(title)
    const start = isWide ? wideSize : narrowSize
    if (title.length > MAX_LENGTH || start > MAX_START) return { each: titles }
    const place = (start << LENGTH_BITS) | title.length
    places[index] = isWide ? ~place : place
    if (isWide) {
      wide.push(title)
      wideSize += title.length
    } else {
      narrow.push(title)
      narrowSize += title.length
    }
  }
  // join makes each pool one flat string.
  return { narrow: narrow.join(''), wide: wide.join(''), places }
}

export class TitleColumn {
  private readonly titles: Titles

  constructor(titles: readonly string[]) {
    this.titles = pack(titles)
  }

  /** The title at `index`, as it was given (`undefined` past the end). */
  at(index: number): string | undefined {
    const titles = this.titles
    if ('each' in titles) return titles.each[index]
    const place = titles.places[index]
    if (place === undefined) return undefined
    const pool = place < 0 ? titles.wide : titles.narrow
    const packed = place < 0 ? ~place : place
    const start = packed >> LENGTH_BITS
    return pool.slice(start, start + (packed & MAX_LENGTH))
  }
}
