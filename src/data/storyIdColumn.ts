/**
 * A section's story ids as the store holds them (issue 13, memory). normalize.ts makes every id
 * `<section id>-<14 base-36 digits>` (text/hash.ts): the section keeps the prefix once and every story's digits
 * in one string, 14 bytes a story instead of a ~32-byte string of its own, and spells an id again when a
 * headline is asked for. An id of any other form (a test's `a`, another section's prefix) is kept as it is.
 */
const DIGITS = 14
const HASH_DIGITS = /^[0-9a-z]{14}$/
/** In place of the digits of an id kept as it is: matches no digits. */
const FILLER = '-'.repeat(DIGITS)

export class StoryIdColumn {
  readonly length: number
  /** `<section id>-` */
  private readonly prefix: string
  /** DIGITS characters a story, in order. */
  private readonly digits: string
  /** By index: the ids that are not `<prefix><digits>`. */
  private readonly others: ReadonlyMap<number, string> | undefined

  constructor(sectionId: string, ids: readonly string[]) {
    this.prefix = `${sectionId}-`
    this.length = ids.length
    let others: Map<number, string> | undefined
    const digits = ids.map((id, index) => {
      const packed = this.digitsOf(id)
      if (packed !== undefined) return packed
      others ??= new Map()
      others.set(index, id)
      return FILLER
    })
    // join makes one flat string: the section's digits are one object, whatever the number of stories.
    this.digits = digits.join('')
    this.others = others
  }

  /** The id at `index` (0 ≤ index < length), as it was given. */
  at(index: number): string {
    return this.others?.get(index) ?? this.prefix + this.digits.slice(index * DIGITS, (index + 1) * DIGITS)
  }

  /** The first index holding `id`, or -1: searches the digits, spells no id. */
  indexOf(id: string): number {
    let first = -1
    if (this.others)
      for (const [index, other] of this.others)
        if (other === id && (first < 0 || index < first)) first = index
    const digits = this.digitsOf(id)
    if (digits === undefined) return first
    const end = first < 0 ? this.digits.length : first * DIGITS
    for (
      let at = this.digits.indexOf(digits);
      at >= 0 && at < end;
      at = this.digits.indexOf(digits, at + 1)
    ) {
      // A match across two stories' digits is no match.
      if (at % DIGITS === 0) return at / DIGITS
    }
    return first
  }

  private digitsOf(id: string): string | undefined {
    if (!id.startsWith(this.prefix)) return undefined
    const digits = id.slice(this.prefix.length)
    return HASH_DIGITS.test(digits) ? digits : undefined
  }
}
