/**
 * Picks the stage size for this screen. 1080p boxes get 1920×1080 at precision 1; 720p boxes (and a
 * 1280×720 browser window or emulator frame) get 1280×720 with precision 2/3, so the app keeps laying out
 * in 1920×1080 coordinates and Lightning scales the output.
 */
export interface StageOptions {
  w: number
  h: number
  precision: number
}

/**
 * `level` low (drawing quality, quality.ts) renders at 720p on any screen: the browser scales the canvas up,
 * and every frame draws 2.25× fewer pixels. `?resolution=1080p` still forces full resolution.
 */
export function stageFor(
  viewportHeight: number,
  query: URLSearchParams,
  level: 'high' | 'low' = 'high',
): StageOptions {
  const forced = query.get('resolution')
  const is720 =
    forced === '720p' ||
    (forced !== '1080p' && ((viewportHeight > 0 && viewportHeight <= 720) || level === 'low'))
  return is720 ? { w: 1280, h: 720, precision: 2 / 3 } : { w: 1920, h: 1080, precision: 1 }
}
