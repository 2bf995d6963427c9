import type { Lightning } from '@lightningjs/sdk'
import { type Animatable, jumpTo } from './jumpTo'
import { focus } from './theme'

/**
 * Motion a key sets off (focus feedback, a row's or the column's scroll), at either drawing quality
 * (src/platform/quality.ts): animated at `high`; at `low` ("light motion", or a move that must not animate)
 * set at once, so a weak device draws one frame per key instead of a dozen. Everything a key moves takes
 * `focus.duration`, so it all ends together (theme.ts).
 */
export function settle(
  element: Lightning.Element,
  property: Animatable,
  value: number,
  light: boolean,
  duration: number = focus.duration,
): void {
  if (light) jumpTo(element, property, value)
  else element.setSmooth(property, value, { duration })
}
