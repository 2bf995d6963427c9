/**
 * Lightwire's design tokens: the only place colours, type sizes, spacing and safe areas are written down.
 * Components and pages read from here; a broadcaster re-brands by editing this file.
 * Coordinates are in the 1920×1080 stage space (Lightning scales them for 720p).
 */

/** Lightning colours are 0xAARRGGBB numbers. */
export const colors = {
  background: 0xff0d1117,
  backgroundRaised: 0xff161c24,
  surface: 0xff1f2731,
  surfaceHigh: 0xff2a3440,
  text: 0xfff3f5f8,
  textMuted: 0xffaab3c0,
  textFaint: 0xff7c8795,
  accent: 0xfff2b33d,
  accentText: 0xff14110a,
  live: 0xffe5484d,
  focus: 0xffffffff,
  error: 0xffff8a80,
  scrim: 0xcc000000,
  transparent: 0x00000000,
} as const

export const fontFamily = 'Inter'

/** Type scale in px. Body text ≥ 32, tile headlines ≥ 28, nothing below 24. */
export const type = {
  display: 72,
  headline: 56,
  title: 40,
  body: 32,
  tile: 28,
  label: 24,
} as const

export const lineHeight = (size: number): number => Math.round(size * 1.4)

type Weight = 'normal' | 'bold'

/** A Lightning text style: spread into a `text` template, e.g. `text: { ...textStyle.title, text: 'Hi' }`. */
export interface TextStyle {
  fontFace: string
  fontStyle: Weight
  fontSize: number
  lineHeight: number
  textColor: number
}

const style = (fontSize: number, fontStyle: Weight, textColor: number): TextStyle => ({
  fontFace: fontFamily,
  fontStyle,
  fontSize,
  lineHeight: lineHeight(fontSize),
  textColor,
})

export const space = {
  xs: 8,
  s: 16,
  m: 24,
  l: 40,
  xl: 64,
} as const

export const radius = { s: 8, m: 16 } as const

export const stage = { w: 1920, h: 1080 } as const

/** Text and chrome stay inside title-safe; the focused element stays inside action-safe. */
export const safe = {
  title: { x: 192, y: 106, right: 1726, bottom: 972 },
  action: { x: 96, y: 53, right: 1822, bottom: 1023 },
} as const

export const focus = {
  scale: 1.06,
  outline: 4,
  /** Seconds: short enough that a key press shows within a frame or two, long enough to read as motion. */
  duration: 0.18,
} as const

/** The type presets every screen draws from. */
export const textStyle = {
  display: style(type.display, 'bold', colors.text),
  headline: style(type.headline, 'bold', colors.text),
  title: style(type.title, 'bold', colors.text),
  body: style(type.body, 'normal', colors.text),
  bodyMuted: style(type.body, 'normal', colors.textMuted),
  button: style(type.body, 'bold', colors.text),
  tile: style(type.tile, 'bold', colors.text),
  label: style(type.label, 'normal', colors.textMuted),
  labelStrong: style(type.label, 'bold', colors.text),
} as const

/**
 * Story reading sizes for the viewer's text-size preference (Settings → Text size; `Preferences.textSize`).
 * S is the 32 px body floor; the Story reader lays out with these and re-paginates when the choice changes.
 */
export const readerType = {
  S: { body: 32, headline: 48 },
  M: { body: 38, headline: 56 },
  L: { body: 46, headline: 64 },
} as const
