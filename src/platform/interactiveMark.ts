import { Lightning } from '@lightningjs/sdk'
import { getTestId } from '../ui/automation'

/** The Performance API mark `npm run bench` reads as "time to interactive". */
export const INTERACTIVE_MARK = 'lightwire:interactive'

interface Textured {
  texture?: Lightning.Texture | null
  children?: readonly Lightning.Element[]
}

function loadedKinds(element: Lightning.Element, found: { text: boolean; image: boolean }): void {
  const { texture, children } = element as unknown as Textured
  if (texture?.isLoaded()) {
    if (texture instanceof Lightning.textures.TextTexture) found.text = true
    else if (texture instanceof Lightning.textures.ImageTexture) found.image = true
  }
  for (const child of children ?? []) loadedKinds(child, found)
}

/**
 * Marks `lightwire:interactive` at the end of the first frame in which the focused element has an automation
 * id and has drawn both its text and (when `needsImage`) an image: what a viewer sees as "ready".
 * Checks once per frame and stops for good after marking, so it costs nothing afterwards. The promise resolves
 * once marked (never, if that frame never comes), so work that must not slow start-up can wait for it.
 */
export function markWhenInteractive(app: Lightning.Application, needsImage = true): Promise<void> {
  const stage = app.stage
  let marked: () => void = () => undefined
  const done = new Promise<void>((resolve) => {
    marked = resolve
  })
  const check = () => {
    const path = app.focusPath ?? []
    const leaf = path[path.length - 1]
    if (!leaf || getTestId(leaf) === undefined) return
    const found = { text: false, image: false }
    loadedKinds(leaf, found)
    if (found.text && (found.image || !needsImage)) {
      stage.off('frameEnd', check)
      performance.mark(INTERACTIVE_MARK)
      marked()
    }
  }
  stage.on('frameEnd', check)
  return done
}
