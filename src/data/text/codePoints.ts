/** Code point ranges, shared by the text modules (graphemes, line breaking, direction). */
export type CodePointRanges = readonly (readonly [number, number])[]

export const inRange = (cp: number, ranges: CodePointRanges): boolean =>
  ranges.some(([from, to]) => cp >= from && cp <= to)
