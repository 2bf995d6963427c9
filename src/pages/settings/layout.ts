import { button, safe, space } from '../../ui/theme'

/** Column B (stored stories, About) starts here, beside the viewer's choices in column A. */
const COLUMN_B_X = 1080

const TOGGLE_W = 500
const ARROW_W = 88

/**
 * Settings' geometry (1920×1080 stage coordinates): where the page's parts sit and how big its controls are.
 * Column A holds the viewer's choices (text size, sections), column B maintenance and information.
 */
export const settingsLayout = {
  columnA: {
    x: safe.title.x,
    /** The preview line and the sections hint stay one line this wide. */
    textW: 840,
    /** Voice guidance and speech rate: first on the page, where a viewer who cannot see finds them. */
    guidanceY: 196,
    sizeHeadingY: 372,
    textSizeY: 426,
    previewY: 508,
    sectionsHeadingY: 576,
    hintY: 626,
    /** The section list runs from here to the bottom of title-safe. */
    sectionsY: 668,
  },
  /** The guidance switch above the speech rate, as wide as a section's toggle. */
  guidance: { w: TOGGLE_W, pitch: 84 },
  columnB: {
    x: COLUMN_B_X,
    w: safe.title.right - COLUMN_B_X,
    storedHeadingY: 200,
    storedTextY: 256,
    /** "Reset cached data" and the language button side by side, together as wide as the column. */
    resetY: 300,
    resetW: 420,
    /** The language button, beside Reset to the column's end. */
    languageX: COLUMN_B_X + 420 + space.m,
    languageW: safe.title.right - COLUMN_B_X - 420 - space.m,
    /** "Clear history" under Reset, as wide. */
    historyY: 384,
    historyW: 420,
    resetStatusY: 548,
    /** "Breaking news banners: On", under Clear history; the status of the last action under it. */
    breakingY: 468,
    aboutY: 604,
  },
  /** Settings' controls are buttons: the same height. */
  pill: {
    h: button.h,
    initialW: button.minW,
    /** Room kept on the right for the value ("Hidden" at 32 px). */
    valueW: 130,
    /** The `selected` underline: this far above the pill's bottom, this thick. */
    markBottom: 10,
    markH: 4,
  },
  textSizePillW: 200,
  sectionRow: {
    toggleW: TOGGLE_W,
    arrowW: ARROW_W,
    w: TOGGLE_W + 2 * (space.s + ARROW_W),
  },
  sectionList: {
    rowH: button.h,
    rowPitch: 84,
    /** Room around the rows inside the clipping viewport for the focused pill's scale-up. */
    padX: space.m,
    padY: 6,
  },
  about: {
    linesY: 56,
    /** A feed line; the "Feeds" heading takes `headingLine` after a `headingGap`. */
    line: 45,
    headingLine: 34,
    headingGap: 10,
  },
} as const
