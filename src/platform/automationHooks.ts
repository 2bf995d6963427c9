import type { Lightning } from '@lightningjs/sdk'
import { focusedTestId } from '../ui/automation'
import { rectOf, type StageRect } from './rectOf'
import { type FrameDrawStats, recordDrawStats } from './renderStats'

/** What automation (e2e tests, `npm run bench`, the TV emulator) may read from a page opened with `?inspector`. */
export interface LightwireAutomation {
  /** Bytes of GPU texture memory Lightning currently holds. */
  textureMemory(): number
  /** Number of elements attached to the render tree. */
  elementCount(): number
  /** Automation id of the focused leaf, if it has one. */
  focusedTestId(): string | undefined
  /**
   * Frees the textures no element uses any more, as Lightning does by itself once texture memory runs high,
   * so a heap measurement counts what the app holds rather than what Lightning happens to keep cached.
   */
  freeUnusedTextures(): void
  /** The colour the stage clears to, [r, g, b, a] from 0 to 1 (the app's background; transparent over video). */
  clearColor(): number[] | null
  /** Starts recording what each drawn frame costs (draw calls, quads, pixels); `stopDrawStats()` returns it. */
  startDrawStats(): void
  stopDrawStats(): FrameDrawStats[]
  /** The shown element's box as drawn, in stage coordinates (after `rtl` mirroring): see rectOf.ts. */
  rectOf(testId: string): StageRect | undefined
  /**
   * Fetches every section now, as the refresh timer would (tests and the emulator's "Refresh feeds now" need
   * not wait minutes); resolves once every section has answered or failed.
   */
  refresh(): Promise<void>
}

/** What the hooks can do to the app beyond reading Lightning's stage. */
export interface AutomationActions {
  refresh(): Promise<void>
}

declare global {
  interface Window {
    lightwire?: LightwireAutomation
  }
}

function countElements(element: Lightning.Element): number {
  let count = 1
  for (const child of element.children) count += countElements(child)
  return count
}

/** `actions` is left out by the bench's pages, which have no feeds: their `refresh()` has nothing to fetch. */
export function exposeAutomationHooks(app: Lightning.Application, actions?: AutomationActions): void {
  const stage = app.stage as Lightning.Stage & { textureManager: { usedMemory: number } }
  let stopDrawStats: (() => FrameDrawStats[]) | undefined
  window.lightwire = {
    textureMemory: () => stage.textureManager.usedMemory,
    elementCount: () => countElements(stage.root),
    focusedTestId: () => focusedTestId(app),
    freeUnusedTextures: () => stage.gc(false),
    clearColor: () => {
      const color = stage.getClearColor() as number[] | null
      return color ? [...color] : null
    },
    startDrawStats: () => {
      stopDrawStats?.()
      stopDrawStats = recordDrawStats(stage)
    },
    stopDrawStats: () => {
      const frames = stopDrawStats?.() ?? []
      stopDrawStats = undefined
      return frames
    },
    refresh: () => actions?.refresh() ?? Promise.resolve(),
    rectOf: (id) => rectOf(stage, id),
  }
}
