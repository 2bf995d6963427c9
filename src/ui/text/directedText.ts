import type { Lightning } from '@lightningjs/sdk'
import { directionOfText } from '../../data/text/direction'
import { wrapParagraph } from '../../data/text/lineBreak'
import { cleanWhitespace } from '../../data/text/whitespace'
import type { TextStyle } from '../theme'
import { canvasMeasure, type MeasureFactory } from './measure'

type TextPatch = Lightning.textures.TextTexture.Settings

/** U+202B RIGHT-TO-LEFT EMBEDDING … U+202C POP DIRECTIONAL FORMATTING, around one drawn line. */
const RLE = '\u202b'
const PDF = '\u202c'
const ELLIPSIS = '…'

export interface DirectedTextOptions {
  /** The interface's direction (Lightning mirrors alignment under an RTL layout). */
  uiDir: 'ltr' | 'rtl'
  style: Pick<TextStyle, 'fontFace' | 'fontStyle' | 'fontSize'>
  width: number
  maxLines: number
  measureFactory?: MeasureFactory
}

/**
 * The text patch for a headline in its own direction. Left-to-right text is left to Lightning's word wrap
 * (as before). Right-to-left text is broken into lines here, the reader's way (data/text/lineBreak.ts), each
 * line in an RTL embedding and right-aligned: Lightning draws a wrapped line with one left-to-right canvas
 * call, which would put an Arabic line's runs of Latin words and numbers, and its end punctuation, in the
 * wrong order. Every property is set both ways, so a recycled tile switches cleanly.
 */
export function directedText(text: string, dir: 'ltr' | 'rtl', options: DirectedTextOptions): TextPatch {
  if (dir === 'ltr') return { text, wordWrap: true, ...alignedTo(dir, options.uiDir, options.width) }
  const measure = (options.measureFactory ?? canvasMeasure)(options.style)
  const lines = wrapParagraph(cleanWhitespace(text), options.width, measure).map((line) => line.text)
  const shown = lines.slice(0, options.maxLines)
  if (lines.length > options.maxLines && shown.length > 0) {
    let last = shown.pop() ?? ''
    // Drop words from the end until the ellipsis fits, as Lightning's own maxLinesSuffix does.
    while (last.includes(' ') && measure(last + ELLIPSIS) > options.width) last = last.replace(/\s+\S+$/, '')
    shown.push(last + ELLIPSIS)
  }
  return {
    text: embeddedLines(shown),
    wordWrap: false,
    ...alignedTo(dir, options.uiDir, options.width),
  }
}

/** U+2067 RIGHT-TO-LEFT ISOLATE, U+2066 LEFT-TO-RIGHT ISOLATE, U+2069 POP DIRECTIONAL ISOLATE. */
const RLI = '\u2067'
const LRI = '\u2066'
const PDI = '\u2069'

/**
 * A piece of feed text (a section title, a byline, a headline) set inside a line of the interface's own
 * words: isolated in its own direction when that differs from the interface's, so an Arabic name in an
 * English meta line ("عربي · 25 Nov") or a Latin one in an Arabic line keeps its place and lends no
 * direction to the digits and punctuation around it (an embedding would). Text already in the interface's
 * direction is returned as it is.
 */
export function embedded(text: string, uiDir: 'ltr' | 'rtl'): string {
  const dir = directionOfText(text)
  if (dir === undefined || dir === uiDir) return text
  return `${dir === 'rtl' ? RLI : LRI}${text}${PDI}`
}

/**
 * The patch that puts text against its reading edge: the right for RTL text, the left for LTR, in either
 * interface direction. Lightning swaps left and right alignment under a mirrored (`rtl`) layout, so in an
 * RTL interface "left" is what lands on the right. `width` is the box the text is aligned in.
 */
export function alignedTo(
  dir: 'ltr' | 'rtl',
  uiDir: 'ltr' | 'rtl',
  width: number,
): Lightning.textures.TextTexture.Settings {
  if (dir === 'ltr' && uiDir === 'ltr') return { textAlign: 'left', w: 0 }
  return { textAlign: dir === uiDir ? 'left' : 'right', w: width }
}

/** Lines already broken, each in its own RTL embedding (Lightning draws each line with one canvas call). */
export function embeddedLines(lines: readonly string[]): string {
  return lines.map((line) => `${RLE}${line}${PDF}`).join('\n')
}

/**
 * A line the interface composes from several parts (a section's name, a time, a byline): in an RTL interface
 * it is embedded right to left as a whole, so its parts run from the right in the order they were joined.
 */
export function uiLine(text: string, uiDir: 'ltr' | 'rtl'): string {
  return uiDir === 'rtl' && text !== '' ? embeddedLines([text]) : text
}
