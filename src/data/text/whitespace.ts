/**
 * The one white-space tidier for feed text: runs of white space (tabs, newlines, no-break spaces, NEL) become
 * one space, and what a TV must not draw is dropped. Used for every title, summary and paragraph when a feed
 * is read (text/html.ts, normalize.ts) and again by the reader's line breaking (text/lineBreak.ts).
 */
/**
 * Characters a TV must not draw: zero-width spaces, word joiners, stray byte-order marks and soft hyphens
 * (junk from CMS editors); control characters (C0 but whitespace, DEL, C1 but NEL); noncharacters; the
 * replacement character; lone surrogates. ZWJ and ZWNJ stay: emoji sequences (👩‍👩‍👧, 🏳️‍🌈), Persian and
 * Indic scripts need them to join or not join letters.
 */
const INVISIBLE_OR_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's job.
  /[\ud800-\udbff][\udc00-\udfff]|[\u200b\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufdd0-\ufdef\ufffd\ufffe\uffff\ud800-\udfff]/g

/** Collapses runs of whitespace (including no-break spaces and NEL) into single spaces; drops what must not be drawn. */
export function cleanWhitespace(text: string): string {
  return (
    text
      // A surrogate pair is a real character (emoji, CJK extension B…): kept. (No lookbehind: old TV engines.)
      .replace(INVISIBLE_OR_CONTROL, (match) => (match.length === 2 ? match : ''))
      .replace(/[\s\u00a0\u0085]+/g, ' ')
      .trim()
  )
}
