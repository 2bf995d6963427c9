import type { Lightning } from '@lightningjs/sdk'
import { button, focus } from './theme'

/**
 * The button focus look, shared by ui/Button and Settings' Pill: the control grows by `focus.scale` and its
 * rounded box fades to the accent colour (and back). Each sets its own label colours, from `button` tokens.
 */
export function showButtonFocus(control: Lightning.Element, box: Lightning.Element, focused: boolean): void {
  control.patch({ smooth: { scale: focused ? focus.scale : 1 } })
  box.setSmooth('color', focused ? button.boxFocused : button.box)
}
