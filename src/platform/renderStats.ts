import type { Lightning } from '@lightningjs/sdk'
import { onFrameEnd } from './drawnFrames'

/** What one drawn frame cost the GPU, as Lightning built it. */
export interface FrameDrawStats {
  /** Draw calls (Lightning's quad operations): one per run of quads with the same shader, target and clip. */
  draws: number
  /** Textured rectangles drawn. */
  quads: number
  /** Draw calls that drew into a render texture (an `rtt` element being rebuilt) rather than to the screen. */
  textureDraws: number
  /**
   * Pixels the screen's quads cover, in screens (1 = 1920 × 1080 stage pixels), clipped to the stage but not
   * to scissors: on a fill-rate-bound GPU this is what a frame costs.
   */
  screens: number
}

/** The parts of Lightning's render state read here (not in its type definitions). */
interface RenderState {
  quadOperations: Array<{ index: number; length: number; renderTextureInfo: unknown }>
  quads: {
    quadElements: Array<{
      _w: number
      _h: number
      _renderContext: { px: number; py: number; ta: number; td: number }
    }>
  }
}

function statsOf(state: RenderState, stageW: number, stageH: number): FrameDrawStats {
  let quads = 0
  let textureDraws = 0
  let area = 0
  for (const op of state.quadOperations) {
    quads += op.length
    if (op.renderTextureInfo) {
      textureDraws++
      continue
    }
    for (let i = op.index; i < op.index + op.length; i++) {
      const core = state.quads.quadElements[i]
      if (!core) continue
      const r = core._renderContext
      const x1 = Math.max(0, Math.min(r.px, r.px + core._w * r.ta))
      const x2 = Math.min(stageW, Math.max(r.px, r.px + core._w * r.ta))
      const y1 = Math.max(0, Math.min(r.py, r.py + core._h * r.td))
      const y2 = Math.min(stageH, Math.max(r.py, r.py + core._h * r.td))
      if (x2 > x1 && y2 > y1) area += (x2 - x1) * (y2 - y1)
    }
  }
  return { draws: state.quadOperations.length, quads, textureDraws, screens: area / (stageW * stageH) }
}

/**
 * Records the draw statistics of every frame Lightning actually draws (frames with nothing to redraw are
 * skipped by Lightning and here), for `npm run bench`. Returns `stop()`, which ends recording and returns
 * one record per drawn frame.
 */
export function recordDrawStats(stage: Lightning.Stage): () => FrameDrawStats[] {
  const internals = stage as unknown as { ctx: { renderState: RenderState }; w: number; h: number }
  const frames: FrameDrawStats[] = []
  const stop = onFrameEnd(stage, (drawn) => {
    if (drawn) frames.push(statsOf(internals.ctx.renderState, internals.w, internals.h))
  })
  return () => {
    stop()
    return frames
  }
}
