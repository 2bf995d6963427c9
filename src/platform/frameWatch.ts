import type { Lightning } from '@lightningjs/sdk'
import { onFrameEnd } from './drawnFrames'
import { isSlow } from './quality'

/**
 * Watches the intervals between frames Lightning draws back to back (idle frames, when nothing changes, are
 * not drawn and not counted), and once `samples` have been seen calls `onSlow` if they were slow (`isSlow`).
 * Watches once, then removes itself: it costs nothing after the first second or two of animation.
 */
export function watchFirstFrames(stage: Lightning.Stage, onSlow: () => void, samples = 30): () => void {
  const intervals: number[] = []
  let lastDrawnAt: number | undefined
  const stop = onFrameEnd(stage, (drawn) => {
    const now = performance.now()
    if (!drawn) {
      lastDrawnAt = undefined
      return
    }
    if (lastDrawnAt !== undefined) intervals.push(now - lastDrawnAt)
    lastDrawnAt = now
    if (intervals.length >= samples) {
      stop()
      if (isSlow(intervals)) onSlow()
    }
  })
  return stop
}
