import type { Lightning } from '@lightningjs/sdk'
import { jumpTo } from './jumpTo'
import { focus } from './theme'

/**
 * Focus feedback at either drawing quality (src/platform/quality.ts): animated at `high`; at `low` ("light
 * motion") set at once, so a weak device draws one frame per key instead of a dozen.
 */
export function settle(
  element: Lightning.Element,
  property: 'alpha' | 'scale' | 'color',
  value: number,
  light: boolean,
  duration: number = focus.duration,
): void {
  if (light) jumpTo(element, property, value)
  else element.setSmooth(property, value, { duration })
}
