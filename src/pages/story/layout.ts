import { safe } from '../../ui/theme'

/**
 * The story page's own geometry (1920×1080 stage coordinates), beside the reader's column, rail and type in
 * theme.ts's `story`: the header's text size control, the footer's "Next" line and the Up next list.
 */
export const storyPageLayout = {
  /** "Text size  S M L": left of the header clock, with room for a 12-hour clock ("12:59 PM"). */
  textSize: { x: safe.title.right - 620, y: safe.title.y - 4, chip: 64, labelW: 150 },
  /** Read aloud's `story-listen` button: left of the text size control, in the header row. */
  listen: { x: safe.title.right - 880, y: safe.title.y - 12 },
  /** The footer's "Next: …" line, right-aligned at title-safe. */
  nextW: 620,
  upNext: {
    /** One related story a row: a 16:9 thumbnail and two lines of headline. */
    rowH: 128,
    thumb: { w: 192, h: 108 },
    /**
     * The thumbnail's corners are softened by about a pixel: what the row's old corner shader did to it (it
     * was drawn through that shader). Cut once into the thumbnail's render texture (PlaceholderImage).
     */
    thumbRadius: 3,
  },
} as const
