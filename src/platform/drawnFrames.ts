import type { Lightning } from '@lightningjs/sdk'

/**
 * Calls `onFrame(drawn)` at the end of every stage frame, `drawn` telling whether Lightning actually drew it
 * (it skips drawing when nothing changed). Lightning has no event for that; it replaces its render state's
 * quad-operation array each time it draws, so a new array means a drawn frame. The one place that relies on
 * this detail of Lightning's (the bench's draw statistics and auto quality's frame watch both use it).
 * Returns a function that stops listening.
 */
export function onFrameEnd(stage: Lightning.Stage, onFrame: (drawn: boolean) => void): () => void {
  const internals = stage as unknown as { ctx: { renderState: { quadOperations: unknown } } }
  let last: unknown = internals.ctx.renderState.quadOperations
  const listener = () => {
    const ops = internals.ctx.renderState.quadOperations
    const drawn = ops !== last
    last = ops
    onFrame(drawn)
  }
  stage.on('frameEnd', listener)
  return () => stage.off('frameEnd', listener)
}
