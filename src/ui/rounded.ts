import { Lightning } from '@lightningjs/sdk'
import { colors, focus, radius } from './theme'

/** Corner radii: one for all four, or [top-left, top-right, bottom-right, bottom-left]. */
export type Radii = number | [number, number, number, number]

/**
 * Rounded shapes without a per-frame shader. Lightning's RoundedRectangle shader works out the corners for
 * every pixel of every frame, and every child without a shader of its own is drawn through it too (text
 * included): on a fill-rate-bound TV GPU that was a third of Home's frame. These are canvas textures drawn
 * once and shared by every element of the same size (Lightning keys them by their parameters), drawn white
 * and tinted with the element's `color`, so a focus colour can still animate.
 *
 * `Tools.getRoundRect` pads its canvas by 1 px on each side (2 px for a stroke's half-width more): the
 * patches below shift the element by that padding, so the shape's edge lands at the element's own x/y.
 */

/** Shapes are drawn opaque white so that an element's `color` (a theme colour) tints them to anything. */
const TINTABLE = 0xffffffff

/** A filled rounded rectangle of w × h at (x, y), tinted `color`. */
export function roundedBox(
  w: number,
  h: number,
  radii: Radii,
  color: number,
  x = 0,
  y = 0,
): Lightning.Element.PatchTemplate {
  return {
    x: x - 1,
    y: y - 1,
    color,
    texture: Lightning.Tools.getRoundRect(w, h, radii, 0, 0, true, TINTABLE),
  }
}

/**
 * A rounded ring `stroke` px wide whose outer edge is the box w × h (the focus outline), tinted `color`.
 * Its inside is transparent: no filled layer is drawn under the card it surrounds.
 */
export function roundedRing(
  w: number,
  h: number,
  radius: number,
  stroke: number,
  color: number,
): Lightning.Element.PatchTemplate {
  // Canvas strokes are centred on the path: trace the path half a stroke inside the outer edge.
  const half = stroke / 2
  return {
    x: -1,
    y: -1,
    color,
    texture: Lightning.Tools.getRoundRect(w - stroke, h - stroke, radius - half, stroke, TINTABLE, false),
  }
}

/**
 * The focus outline every focusable card wears (tiles, the hero, the live tile): a ring of the focus colour
 * `focus.outline` px wide just outside a w × h card with `radius.m` corners, hidden until focused (fade its
 * `alpha`). The one place its look is defined.
 */
export function focusOutline(w: number, h: number): Lightning.Element.PatchTemplate {
  const o = focus.outline
  // The ring's own element, moved out by the outline's width (and the texture's 1 px padding): one element.
  return {
    ...roundedRing(w + 2 * o, h + 2 * o, radius.m + o, o, colors.focus),
    x: -o - 1,
    y: -o - 1,
    alpha: 0,
  }
}
