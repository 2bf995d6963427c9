/**
 * A linear-time scanner for the tags in a fragment of feed HTML. (A single regular expression for tags
 * backtracks quadratically on input like `<a "<a "<a "…`, which a hostile feed can send within the size cap.)
 * Quotes only count after `=`, as in HTML; a tag that never closes swallows the rest of the input, as in a
 * browser, so every character is looked at a bounded number of times.
 */

export interface TagToken {
  start: number
  end: number
  /** Lower-case element name; '' for comments, doctypes and processing instructions. */
  name: string
  closing: boolean
  /** The raw attribute source between the name and `>`. */
  attributes: string
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const isNameChar = (code: number) =>
  isLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 58

export function* scanTags(html: string): Generator<TagToken> {
  const length = html.length
  let index = 0
  while (index < length) {
    const start = html.indexOf('<', index)
    if (start < 0) return
    const next = html.charCodeAt(start + 1)
    if (html.startsWith('<!--', start)) {
      const close = html.indexOf('-->', start + 4)
      const end = close < 0 ? length : close + 3
      yield { start, end, name: '', closing: false, attributes: '' }
      index = end
      continue
    }
    if (next === 33 || next === 63) {
      // <!doctype …>, <?xml …?>
      const close = html.indexOf('>', start + 2)
      const end = close < 0 ? length : close + 1
      yield { start, end, name: '', closing: false, attributes: '' }
      index = end
      continue
    }
    let cursor = start + 1
    const closing = html.charCodeAt(cursor) === 47
    if (closing) cursor++
    if (!isLetter(html.charCodeAt(cursor))) {
      index = start + 1 // a lone "<" (as in "5 < 6") is text
      continue
    }
    const nameStart = cursor
    while (cursor < length && isNameChar(html.charCodeAt(cursor))) cursor++
    const name = html.slice(nameStart, cursor).toLowerCase()
    const attributesStart = cursor
    let quote = 0
    let previous = 0
    while (cursor < length) {
      const code = html.charCodeAt(cursor)
      if (quote) {
        if (code === quote) quote = 0
      } else if ((code === 34 || code === 39) && previous === 61) {
        quote = code
      } else if (code === 62) {
        break
      }
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) previous = code
      cursor++
    }
    if (cursor >= length) {
      yield { start, end: length, name: '', closing: false, attributes: '' }
      return
    }
    yield { start, end: cursor + 1, name, closing, attributes: html.slice(attributesStart, cursor) }
    index = cursor + 1
  }
}
