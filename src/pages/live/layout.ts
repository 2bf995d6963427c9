import { button, safe, space, stage } from '../../ui/theme'

/** The overlay's bottom shade starts here: a short fade, then an even dark band down to the screen's foot. */
const BOTTOM_SHADE_Y = 540
const BOTTOM_FADE_H = 120
const SOUND_H = 56

/**
 * The live player's geometry (1920×1080 stage coordinates): the overlay's shades and text rows, the "sound is
 * off" notice and the centred message panel. Text stays inside title-safe.
 */
export const liveLayout = {
  overlay: {
    topShadeH: 280,
    bottomShade: { y: BOTTOM_SHADE_Y, fadeH: BOTTOM_FADE_H, bandH: stage.h - BOTTOM_SHADE_Y - BOTTOM_FADE_H },
    badgeY: 700,
    /** The channel name sits right of the LIVE badge, its larger text aligned with the badge. */
    channel: { x: safe.title.x + 136, y: 690, w: 900 },
    hintY: 706,
    headlinesLabelY: 772,
    headlinesY: 810,
    headlineStep: 52,
    textW: safe.title.right - safe.title.x,
  },
  sound: { x: safe.title.x, y: safe.title.y + 80, w: 620, h: SOUND_H },
  /** The captions control: top right, inside title-safe, clear of the overlay's text. */
  captions: { right: safe.title.right, y: safe.title.y },
  message: {
    panelW: 1120,
    textW: 1120 - 2 * space.xl,
    buttonH: button.h,
    /** Centred above the overlay's channel band (which starts at y 640), so the two never overlap. */
    centreY: 380,
  },
} as const
