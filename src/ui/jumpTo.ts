import type { Lightning } from '@lightningjs/sdk'

export type Animatable = 'x' | 'y' | 'alpha' | 'scale' | 'color'

/**
 * Sets a property at once, ending any smooth transition on it. `transition(p).finish()` is not enough:
 * it leaves the transition in the stage's active set, and on the next frame that transition writes its old
 * target back over the value just set (so a column scrolled without animation mid-scroll ended up where the
 * interrupted scroll was heading, with the focused row off screen). Resetting the transition to the new value
 * makes its last write the right one.
 */
export function jumpTo(element: Lightning.Element, property: Animatable, value: number): void {
  element.transition(property).reset(value, 1)
  element[property] = value
}
