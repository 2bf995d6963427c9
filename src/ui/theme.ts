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
  /** The background colour at 40 %: the top of the backdrop's shade over a story photo. */
  backgroundShade: 0x660d1117,
  transparent: 0x00000000,
} as const

/** `color` (0xAARRGGBB) with its alpha replaced: 0 transparent … 1 opaque. */
export const withAlpha = (color: number, alpha: number): number =>
  ((Math.round(alpha * 255) << 24) | (color & 0xffffff)) >>> 0

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
  /**
   * Seconds: short enough that a key press shows within a frame or two, long enough to read as motion. Rows
   * and the column scroll in the same time, so all a key sets moving ends together: with scrolls at 1.5×, on
   * a slow device (6× CPU) their last frames were still being drawn when a brisk viewer's next key came, and
   * that key waited for them (issue 13: key → frame p95 60 → 47 ms).
   */
  duration: 0.18,
} as const

/** The accent bar that marks a name: beside the brand, the rail's section name, in an image placeholder. */
export const mark = { w: 12, h: 56 } as const

/** The top bar (ui/Header), inside title-safe: brand, context line, clock and Home's Settings entry. */
export const header = {
  h: 56,
  /** The brand's mark, shorter than the standard one, centred on the brand's line. */
  mark: { y: 6, h: 44 },
  contextX: 260,
  /** The small text lines (context, Home's "Updated") sit this far down: on the brand's baseline. */
  textY: 10,
  /** The Settings entry is taller than the line: raised so it centres on it. */
  settingsY: -8,
} as const

/** Full-width messages (ui/MessagePanel, the story's loading line) start a third of the way down. */
export const message = { y: 300 } as const

/** The modal yes/no question (ui/ConfirmDialog), centred on the stage. */
export const dialog = {
  w: 880,
  h: 380,
  /** The message starts this far below the title's top (a headline line plus a gap). */
  messageDy: 84,
  /** From one button's left edge to the next's. */
  buttonStep: 300,
} as const

/**
 * The breaking-news banner (ui/BreakingBanner): title-safe wide, resting on title-safe's foot over any screen,
 * a "● BREAKING" badge, one line of headline and the keys that act on it.
 */
export const breakingBanner = {
  w: safe.title.right - safe.title.x,
  h: 112,
  y: safe.title.bottom - 112,
  /** The headline starts right of the badge and stops left of the key hint. */
  headlineX: 264,
  hintW: 420,
} as const

/** The red "● LIVE" pill (ui/LiveBadge): grows to fit its label from `minW`. */
export const liveBadge = { h: 40, minW: 112, dot: 12 } as const

/** The live channel's entry on Home (ui/LiveTile): a 16:9 card with the title and a note at its foot. */
export const liveTile = {
  /**
   * The live channel's banner, the first thing on Home: title-safe wide and one poster high, so the first
   * screen shows it, the featured story and the start of the first headline row together.
   */
  w: safe.title.right - safe.title.x,
  h: 128,
  /** The poster, 16:9 at the banner's height, with the LIVE badge on it. */
  posterW: 228,
  titleY: 22,
  noteY: 70,
  title: { fontSize: 34, lineHeight: 42 },
} as const

/**
 * Buttons (ui/Button) and Settings' pills: one height, one look. Focused, the box turns accent and grows by
 * `focus.scale` (ui/buttonFocus.ts), and its label turns dark on it.
 */
export const button = {
  h: 72,
  minW: 240,
  box: colors.surfaceHigh,
  boxFocused: colors.accent,
  label: colors.text,
  labelFocused: colors.accentText,
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
 * Home screen geometry (issue #4). Tiles are 16:9 images with three lines of headline under them; rows are a
 * title plus a line of tiles; the focused row's top sits at `home.anchorY` so it never drifts under the header.
 */
export const home = {
  /** Where the scrolling content starts: everything above it is the header band. */
  viewportY: 176,
  /** The focused row's top, in screen coordinates. */
  anchorY: 200,
  /** Four tiles fill title-safe's 1534 px (4 × 360 + 3 × 28); the fifth peeks past the edge. */
  tile: {
    w: 360,
    imageH: 203,
    pad: 16,
    /** 16:9 image, 3 headline lines and a meta line: 203 + 16 + 3 × 39 + 8 + 34 + 22. */
    h: 400,
    headlineLines: 3,
    gap: 28,
  },
  row: {
    /** Row title line, then the tiles. */
    titleH: 64,
    gap: 40,
    /** A failed row's message and Retry (ui/RowMessage), in place of its tiles. */
    messageH: 176,
  },
  hero: {
    /** Section, headline and summary in 5 lines (3 + 1 or 2 + 2), the meta line, and padding. */
    h: 450,
    imageW: 854,
    textW: 760,
    pad: 40,
    /** The card's colour and the fade reach this far under the photo, so no sliver shows at the seam. */
    seam: 2,
    /** The gradient that blends the photo into the card. */
    fadeW: 280,
    /** The headline's line height: a three-line headline leaves room for one summary line, else two. */
    headlineLineH: 64,
  },
  /** Rows/tiles kept alive beyond the viewport (in items), so smooth scrolling never reveals holes. */
  overscan: { tiles: 1, px: 300 },
  /** Seconds the hero waits before following a newly focused tile (quick key runs do not thrash it). */
  followDelay: 0.35,
  /**
   * The backdrop photo shows in the band above the focused row's tiles (a story row's top always sits at
   * `anchorY`, its tiles start a title's height below): that is where it can be seen. It fades into the
   * background over `fade` px just below the tiles' top edge, so nothing ends on a hard line.
   */
  backdrop: { h: 200 + 64 + 40, fade: 40 },
} as const

/**
 * Story reader geometry and type (issue #5). A left rail (lead image, caption, QR) and a text column whose
 * width keeps lines at ~40–60 characters at every text size; body pages end above the footer line.
 */
export const story = {
  /** Top of the rail and of the column's first line (below the header). */
  top: 196,
  rail: { x: 192, w: 400, imageH: 225, qr: 200 },
  /** 1070 px: ~65 characters a line at S, ~58 at M, ~50 at L. */
  column: { x: 656, w: 1070 },
  /** The body never draws below this (the footer sits under it). */
  bodyBottom: 904,
  footerY: 922,
  headline: { fontSize: 52, lineHeight: 64, maxLines: 4 },
  /** Body text sizes in px for the S/M/L presets: S is the 32 px floor for body text. */
  sizes: { S: 32, M: 36, L: 42 },
  /** Generous leading for long reading from a distance. */
  lineHeightRatio: 1.5,
  paragraphGapRatio: 0.5,
  /** Seconds for a page turn: quick enough to keep up with a held key, long enough to read as motion. */
  pageTurn: 0.22,
  /** Pixels a new page slides in from. */
  pageShift: 40,
  /** QR codes: dark on light whatever the theme (what phone cameras expect); quiet zone in modules. */
  qr: { dark: 0xff000000, light: 0xffffffff, quiet: 3 },
} as const
