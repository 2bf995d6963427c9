import { Lightning } from '@lightningjs/sdk'
import type { Radii } from './rounded'

/**
 * Large, still rounded fills (the hero's card, image placeholders, skeletons, row messages) without a
 * large texture. `roundedBox` draws the whole shape on a canvas, reads it back and uploads it: for an
 * 856 × 452 card that is 1.5 MB drawn, read and copied, in Home's first frame, on the start-up path (issue 13:
 * about 85 ms of a 6× CPU start went to the hero's and the skeletons' boxes). A panel is three parts instead:
 * a plain rect (Lightning's shared 1 × 1 texture) between two narrow end strips that carry the rounded
 * corners, each as tall as the panel and as wide as its larger corner. The pixels drawn are the same.
 *
 * The strips are drawn flush to their canvas (no padding) so the straight edges meet the rect's exactly and
 * clamp like it, with no seam at fractional positions (the 720p low-quality stage). Each part is tinted
 * `color`, so a panel's colour is set once and does not animate: use `roundedBox` for a shape whose colour
 * moves (a focused button). Fade a panel with `alpha`: the parts do not overlap, so a translucent panel is
 * even. The container keeps its own left-to-right layout (`rtl: false`): under an RTL parent it moves to the
 * mirrored place and draws the corners it was given, exactly as one textured element would.
 */

type Corners = [number, number, number, number]

const cornersOf = (radii: Radii): Corners =>
  typeof radii === 'number' ? [radii, radii, radii, radii] : radii

/** Drawn white so the element's `color` tints it (as `roundedBox` does). */
const WHITE = 'white'

/**
 * One end of a panel: a white w × h strip whose `top` and `bottom` corners on its outer side (`left` for
 * the start, else the right) are rounded. Shared by every panel with the same end (Lightning keys canvas
 * textures by id).
 */
function endStrip(
  w: number,
  h: number,
  top: number,
  bottom: number,
  outer: 'left' | 'right',
): Lightning.textures.StaticCanvasTexture.Settings {
  const factory: Lightning.textures.StaticCanvasTexture.Factory = (done, stage) => {
    const canvas = stage.getDrawingCanvas()
    // Whole pixels (a panel sized to text may be fractionally tall): the strip is stretched to the element.
    const cw = Math.ceil(w)
    const ch = Math.ceil(h)
    canvas.width = cw
    canvas.height = ch
    const context = canvas.getContext('2d')
    if (!context) {
      done(new Error('no 2D canvas for a rounded panel'))
      return
    }
    // Traced for the left end; the right end is the same shape mirrored.
    if (outer === 'right') context.setTransform(-1, 0, 0, 1, cw, 0)
    context.beginPath()
    context.moveTo(cw, 0)
    context.lineTo(cw, ch)
    context.lineTo(bottom, ch)
    context.arcTo(0, ch, 0, ch - bottom, bottom)
    context.lineTo(0, top)
    context.arcTo(0, 0, top, 0, top)
    context.closePath()
    context.fillStyle = WHITE
    context.fill()
    done(null, canvas)
  }
  return Lightning.Tools.getCanvasTexture(factory, `panel-end:${outer}:${w}x${h}:${top},${bottom}`)
}

/** One end strip's patch (hidden when that end has square corners: the rect then reaches the edge). */
function endPatch(
  x: number,
  w: number,
  h: number,
  top: number,
  bottom: number,
  outer: 'left' | 'right',
  color: number,
): Lightning.Element.PatchTemplate {
  if (w === 0) return { visible: false, texture: null }
  return { visible: true, x, w, h, color, texture: endStrip(w, h, top, bottom, outer) }
}

/**
 * A filled rounded rectangle of w × h at (x, y), radii as `roundedBox` takes them ([top-left, top-right,
 * bottom-right, bottom-left]), tinted `color`: parts `Start`, `Middle` and `End`. Patch it onto an element
 * again to resize it. Parts a patch creates go after the element's other children, over them: an element
 * with children of its own declares empty `Start`, `Middle` and `End` first (see PlaceholderImage).
 */
export function roundedPanel(
  w: number,
  h: number,
  radii: Radii,
  color: number,
  x = 0,
  y = 0,
): Lightning.Element.PatchTemplate {
  const [topLeft, topRight, bottomRight, bottomLeft] = cornersOf(radii)
  const start = Math.max(topLeft, bottomLeft)
  const end = Math.max(topRight, bottomRight)
  return {
    x,
    y,
    w,
    h,
    rtl: false,
    Start: endPatch(0, start, h, topLeft, bottomLeft, 'left', color),
    Middle: { x: start, w: w - start - end, h, rect: true, color },
    End: endPatch(w - end, end, h, topRight, bottomRight, 'right', color),
  }
}
