import type { Lightning } from '@lightningjs/sdk'

/** The part of Lightning's ElementCore read here: kept up to date by every update, but not in its types. */
interface BoundsState {
  /** 0: inside the visible area (its clip, else the stage); 1 or 2: outside it, in the bounds margin or beyond. */
  outOfBounds: number
}

/**
 * Whether Lightning's last update found `element` inside the visible area. An element outside it (a tile in
 * a row's overscan, off the edge of the screen) can change at once: nobody sees a transition there, and each
 * of its frames is a whole frame the screen draws for nothing, which a key press then waits behind.
 */
export function inView(element: Lightning.Element): boolean {
  return (element.core as unknown as BoundsState).outOfBounds === 0
}
