import type { Lightning } from '@lightningjs/sdk'

/**
 * Runs `work` at the start of the frame after the next one. The next frame is the one that answers a key:
 * on a slow device every millisecond added to it is a millisecond the viewer waits, so work the key only
 * makes necessary later (items coming near the view) goes one frame further on.
 */
export function afterNextFrame(stage: Lightning.Stage, work: () => void): void {
  stage.once('frameEnd', () => stage.once('frameStart', work))
}
