import type { Lightning } from '@lightningjs/sdk'
import { getTestId } from '../ui/automation'

export interface StageRect {
  x: number
  y: number
  w: number
  h: number
}

function find(element: Lightning.Element, id: string): Lightning.Element | undefined {
  if (!element.visible || element.alpha === 0) return undefined
  if (getTestId(element) === id) return element
  for (const child of element.children) {
    const found = find(child, id)
    if (found) return found
  }
  return undefined
}

/**
 * Where the shown element with this automation id is drawn, in stage coordinates (1920×1080), after `rtl`
 * mirroring, scale and mount: Lightning's own world corners, not the inspector's DOM mirror, which places
 * elements by their local x/y and knows nothing of a mirrored layout. Undefined when nothing shown has it.
 */
export function rectOf(stage: Lightning.Stage, id: string): StageRect | undefined {
  const element = find(stage.root, id)
  if (!element) return undefined
  const [x1, y1, x2, y2, x3, y3, x4, y4] = element.getCornerPoints()
  const xs = [x1, x2, x3, x4]
  const ys = [y1, y2, y3, y4]
  const precision = stage.getRenderPrecision()
  const x = Math.min(...xs) / precision
  const y = Math.min(...ys) / precision
  return { x, y, w: Math.max(...xs) / precision - x, h: Math.max(...ys) / precision - y }
}
