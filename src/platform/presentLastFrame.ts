import type { Lightning } from '@lightningjs/sdk'
import { onFrameEnd } from './drawnFrames'

/**
 * WPE WebKit (RDK set-tops; measured on WPE WebKit 2.38 with cog) puts a WebGL canvas on screen late: the
 * last frame drawn before the page stops drawing is not shown until another frame is drawn, and a frame
 * drawn right after it (before WPE's compositor has taken the first) is not always enough either.
 * Lightning draws only when something changed, so the frame that shows a newly loaded image, or the last
 * step of its fade-in, is often that last frame: the hero, the live poster and the tiles stayed blank (or
 * half faded) on screen while Lightning's own state had them loaded and drawn, until the next key press.
 * Lightning's renderer team saw the same on WPE (lightning-js/renderer#138: "a second pass at drawing is
 * required").
 *
 * The cure here: after a frame that drew a real change, draw the same picture again twice while the screen
 * is otherwise idle: on the next idle frame, and on the first idle frame at least SETTLE_MS after the change,
 * once the compositor has surely taken the finished frame. Forced frames do not ask for more, so the loop
 * ends; an idle screen costs nothing. "Real change" is sampled before Lightning draws: an element flagged
 * for redraw, or a loaded texture about to be uploaded in this frame (Lightning's texture throttler).
 * Returns a function that stops it.
 */
const SETTLE_MS = 200

interface StageInternals {
  root: { core: { _hasRenderUpdates: number; _parent: { _hasRenderUpdates: number } | null } }
  textureThrottler: { _sources: unknown[] }
  forceRenderUpdate(): void
}

export function presentLastFrame(
  stage: Lightning.Stage,
  now: () => number = () => performance.now(),
): () => void {
  const internals = stage as unknown as StageInternals
  let changed = false
  let forcing = false
  /** Redraws still owed for the last change: 2 → next idle frame, 1 → first idle frame after SETTLE_MS. */
  let owed = 0
  let changedAt = 0
  const sample = () => {
    const core = internals.root.core
    changed =
      core._hasRenderUpdates > 0 ||
      internals.textureThrottler._sources.length > 0 ||
      // Lightning's own whole-stage redraws (a new clear colour) flag the root's parent, as ours do.
      (!forcing && (core._parent?._hasRenderUpdates ?? 0) > 0)
  }
  stage.on('update', sample)
  const stop = onFrameEnd(stage, (drawn) => {
    forcing = false
    if (drawn && changed) {
      owed = 2
      changedAt = now()
      return
    }
    if (drawn || owed === 0) return
    if (owed === 2 || now() - changedAt >= SETTLE_MS) {
      owed--
      forcing = true
      internals.forceRenderUpdate()
    }
  })
  return () => {
    stage.off('update', sample)
    stop()
  }
}
