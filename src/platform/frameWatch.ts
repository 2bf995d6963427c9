import type { Lightning } from '@lightningjs/sdk'
import { isSlow } from './quality'

/**
 * Watches the intervals between frames Lightning draws back to back (idle frames, when nothing changes, are
 * not drawn and not counted), and once `samples` have been seen calls `onSlow` if they were slow (`isSlow`).
 * Watches once, then removes itself: it costs nothing after the first second or two of animation.
 */
export function watchFirstFrames(stage: Lightning.Stage, onSlow: () => void, samples = 30): () => void {
  const internals = stage as unknown as { ctx: { renderState: { quadOperations: unknown } } }
  const intervals: number[] = []
  let lastOps: unknown = internals.ctx.renderState.quadOperations
  let lastDrawnAt: number | undefined
  const onFrameEnd = () => {
    const ops = internals.ctx.renderState.quadOperations
    const now = performance.now()
    // Lightning replaces the operations array each time it draws.
    if (ops === lastOps) {
      lastDrawnAt = undefined
      return
    }
    lastOps = ops
    if (lastDrawnAt !== undefined) intervals.push(now - lastDrawnAt)
    lastDrawnAt = now
    if (intervals.length >= samples) {
      stop()
      if (isSlow(intervals)) onSlow()
    }
  }
  const stop = () => stage.off('frameEnd', onFrameEnd)
  stage.on('frameEnd', onFrameEnd)
  return stop
}
