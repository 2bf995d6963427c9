/**
 * Was the hero's image really drawn, on the screen WPE shows (its WebDriver screenshot), rather than only in
 * Lightning's state? The page tells where the hero's image is (its PlaceholderImage, found through the
 * inspector's DOM mirror, which keeps each Lightning element as `.element`) and whether Lightning has it
 * loaded; the screenshot's pixels in that box tell whether it is on screen. The placeholder is a flat surface
 * colour with a thin mark; a photo differs from it over most of its area.
 */
import { PNG } from 'pngjs'
import { colors } from '../../../src/ui/theme'

export interface HeroImageState {
  /** The image's box in screenshot pixels (CSS pixels of the page). */
  rect: { x: number; y: number; w: number; h: number }
  /** Lightning's view: 'loaded' once the texture is in and shown. */
  state: string
  /** Frame alpha (1 once the fade-in is done). */
  alpha: number
}

/** In-page script (WebDriver execute): the hero image's box and state, or null before Home has one. */
export const HERO_IMAGE_SCRIPT = `
  var node = document.querySelector('[data-testid=hero]');
  var canvas = document.querySelector('canvas');
  if (!node || !node.element || !canvas) return null;
  function find(el) {
    if (el.tag && el.tag('Placeholder') && el.tag('Frame') && el.tag('Frame').tag('Image')) return el;
    var children = el.childList ? el.childList.get() : [];
    for (var i = 0; i < children.length; i++) { var found = find(children[i]); if (found) return found; }
    return null;
  }
  var image = find(node.element);
  if (!image) return null;
  var frame = image.tag('Frame');
  var world = frame.core._worldContext;
  var box = canvas.getBoundingClientRect();
  // World coordinates are stage units (1920 wide); the canvas has stage × precision pixels.
  var scale = image.stage.getRenderPrecision() * box.width / canvas.width;
  return {
    rect: { x: box.left + world.px * scale, y: box.top + world.py * scale, w: frame.w * world.ta * scale, h: frame.h * world.td * scale },
    state: image._state,
    alpha: frame.alpha
  };`

/** The share of pixels in `rect` (its right half, away from the card's fade) that are not the placeholder. */
export function drawnShare(png: Buffer, rect: HeroImageState['rect']): number {
  const image = PNG.sync.read(png)
  const x0 = Math.max(0, Math.round(rect.x + rect.w / 2))
  const x1 = Math.min(image.width, Math.round(rect.x + rect.w) - 2)
  const y0 = Math.max(0, Math.round(rect.y) + 2)
  const y1 = Math.min(image.height, Math.round(rect.y + rect.h) - 2)
  const at = (x: number, y: number): [number, number, number] => {
    const i = (y * image.width + x) * 4
    return [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0]
  }
  // The placeholder's colour (theme.ts, 0xAARRGGBB).
  const surface = [(colors.surface >> 16) & 0xff, (colors.surface >> 8) & 0xff, colors.surface & 0xff]
  let differs = 0
  let total = 0
  for (let y = y0; y < y1; y += 2) {
    for (let x = x0; x < x1; x += 2) {
      const [r, g, b] = at(x, y)
      total++
      if (
        Math.abs(r - (surface[0] ?? 0)) + Math.abs(g - (surface[1] ?? 0)) + Math.abs(b - (surface[2] ?? 0)) >
        30
      )
        differs++
    }
  }
  return total === 0 ? 0 : differs / total
}

/** Mean absolute difference per channel (0–255) of two screenshots inside `rect`: 0 when they match. */
export function regionDifference(a: Buffer, b: Buffer, rect: HeroImageState['rect']): number {
  const first = PNG.sync.read(a)
  const second = PNG.sync.read(b)
  let sum = 0
  let count = 0
  for (
    let y = Math.max(0, Math.round(rect.y));
    y < Math.min(first.height, Math.round(rect.y + rect.h));
    y += 2
  ) {
    for (
      let x = Math.max(0, Math.round(rect.x));
      x < Math.min(first.width, Math.round(rect.x + rect.w));
      x += 2
    ) {
      const i = (y * first.width + x) * 4
      for (let c = 0; c < 3; c++) sum += Math.abs((first.data[i + c] ?? 0) - (second.data[i + c] ?? 0))
      count += 3
    }
  }
  return count === 0 ? 0 : sum / count
}
