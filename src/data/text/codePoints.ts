/** Code point ranges, shared by the text modules (graphemes, line breaking, direction). */
export type CodePointRanges = readonly (readonly [number, number])[]

export const inRange = (cp: number, ranges: CodePointRanges): boolean =>
  ranges.some(([from, to]) => cp >= from && cp <= to)

/**
 * The code point starting at `index` of `text`; 0 (NUL, which no range here contains) past the end. Callers
 * always pass an index inside the text: the fallback only spares them an assertion `codePointAt` cannot make.
 */
export const codePointAt = (text: string, index = 0): number => text.codePointAt(index) ?? 0
