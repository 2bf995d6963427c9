import type { Measure } from '../../data/text/lineBreak'
import type { TextStyle } from '../theme'

/** Makes a text-measuring function for a text style (injected into pagination). */
export type MeasureFactory = (style: Pick<TextStyle, 'fontFace' | 'fontStyle' | 'fontSize'>) => Measure

/**
 * Measures with a 2D canvas set to the same font string Lightning's text renderer uses
 * (`<style> <size>px <face>`), so the lines we lay out are the lines Lightning draws. Fonts are loaded by the
 * App (getFonts) before any page exists. Without a 2D context (never on a real device) an average glyph
 * width keeps the reader usable rather than blank.
 */
export const canvasMeasure: MeasureFactory = (style) => {
  const context = document.createElement('canvas').getContext('2d')
  if (!context) return (text) => text.length * style.fontSize * 0.55
  // The context is private to this function, so the font is set once.
  context.font = `${style.fontStyle} ${style.fontSize}px ${style.fontFace}`
  return (text) => context.measureText(text).width
}
