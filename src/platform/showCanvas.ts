import type { Lightning } from '@lightningjs/sdk'
import { focusedTestId } from '../ui/automation'

/** A start that never focuses anything (a crash before Home) still shows what the stage has by then. */
const FALLBACK_MS = 3000

/**
 * Puts the stage's canvas in the page at the end of the first frame in which focus has reached an element
 * with an automation id (Home's first focus, or an error screen's button), so the first frame presented is
 * one with something in it. Until then Lightning draws an empty stage in the app's background colour, and the
 * body behind the canvas is black: the viewer sees the same dark screen either way. But presenting a frame is
 * not free where WebGL is drawn in software (SwiftShader here, a fallback some TV browsers share): each
 * presented frame is read back whole, and the empty first one cost 30–36 ms of main thread on the start-up
 * path, between Launch and Home's first frame. Attached at a frame's end, the canvas is composited with that
 * frame, in the same task.
 *
 * Resolves once the canvas is in the page, so work that the first frame does not need (the feed parser's
 * chunk) can wait for it instead of competing with it.
 */
export function showCanvasWithFirstFocus(
  app: Lightning.Application,
  canvas: HTMLCanvasElement,
  parent: HTMLElement,
): Promise<void> {
  const stage = app.stage
  let timer: ReturnType<typeof setTimeout> | undefined
  let shown: () => void = () => undefined
  const done = new Promise<void>((resolve) => {
    shown = resolve
  })
  const show = () => {
    stage.off('frameEnd', check)
    if (timer !== undefined) clearTimeout(timer)
    if (!canvas.isConnected) parent.appendChild(canvas)
    shown()
  }
  const check = () => {
    if (focusedTestId(app) !== undefined) show()
  }
  stage.on('frameEnd', check)
  timer = setTimeout(show, FALLBACK_MS)
  return done
}
