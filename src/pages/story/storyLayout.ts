/**
 * Where everything goes in the reader for one story at one text size: the headline's lines, the meta line,
 * and the page geometry handed to the paginator. The headline is wrapped by the same line breaker as the
 * body, so the first page knows exactly how much room the headline leaves.
 */

import type { PageGeometry } from '../../data/paginate'
import { type Line, type Measure, wrapParagraph } from '../../data/text/lineBreak'
import type { TextSize } from '../../data/textSize'
import type { MeasureFactory } from '../../ui/text/measure'
import { space, story as storyTheme, type TextStyle, textStyle } from '../../ui/theme'

export interface ReaderLayout {
  size: TextSize
  body: TextStyle
  headline: TextStyle
  /** The headline's lines (at most `story.headline.maxLines`, the last one ellipsised if cut). */
  headlineLines: string[]
  headlineY: number
  metaY: number
  /** Top of the body on the first page and on the others. */
  firstBodyY: number
  bodyY: number
  geometry: PageGeometry
  measure: Measure
}

const { column, headline, bodyBottom, top } = storyTheme
const labelLine = textStyle.label.lineHeight

export function bodyStyle(size: TextSize): TextStyle {
  const fontSize = storyTheme.sizes[size]
  return { ...textStyle.body, fontSize, lineHeight: Math.round(fontSize * storyTheme.lineHeightRatio) }
}

export const headlineStyle: TextStyle = {
  ...textStyle.headline,
  fontSize: headline.fontSize,
  lineHeight: headline.lineHeight,
}

/** Cuts lines to `max`, ending the last kept one with an ellipsis that fits the width. */
export function clampLines(lines: Line[], max: number, width: number, measure: Measure): string[] {
  const texts = lines.map((line) => line.text)
  if (texts.length <= max) return texts
  let last = texts[max - 1] ?? ''
  while (last.length > 0 && measure(`${last}…`) > width) last = last.slice(0, -1).trimEnd()
  return [...texts.slice(0, max - 1), `${last}…`]
}

export function readerLayout(title: string, size: TextSize, measureFor: MeasureFactory): ReaderLayout {
  const body = bodyStyle(size)
  const measure = measureFor(body)
  const headlineMeasure = measureFor(headlineStyle)
  const headlineLines = clampLines(
    wrapParagraph(title, column.w, headlineMeasure),
    headline.maxLines,
    column.w,
    headlineMeasure,
  )
  const headlineY = top + labelLine + space.xs
  const metaY = headlineY + Math.max(1, headlineLines.length) * headline.lineHeight + space.s
  const firstBodyY = metaY + labelLine + space.l
  const bodyY = top + labelLine + space.m
  return {
    size,
    body,
    headline: headlineStyle,
    headlineLines,
    headlineY,
    metaY,
    firstBodyY,
    bodyY,
    measure,
    geometry: {
      width: column.w,
      lineHeight: body.lineHeight,
      paragraphGap: Math.round(body.lineHeight * storyTheme.paragraphGapRatio),
      firstPageHeight: bodyBottom - firstBodyY,
      pageHeight: bodyBottom - bodyY,
    },
  }
}
