import type { PlatformId } from './detect'
import type { DeviceGlobals } from './globals'

/**
 * Leaving the app. Each TV platform has its own call; this is the one place that knows them:
 * - Tizen: `tizen.application.getCurrentApplication().exit()` (Samsung's required "Yes" in the exit popup);
 * - webOS: `webOS.platformBack()` (webOSTV.js) or `PalmSystem.platformBack()`, else `window.close()`;
 * - Fire TV: Cordova's `navigator.app.exitApp()` in Amazon's wrapper, else `window.close()`;
 * - RDK and desktop: the SDK's `closeApp()` (`platformSettings.onClose` when the host passes one, else the
 *   app tears itself down).
 * A device call that is missing or throws falls back to the SDK's closeApp, so Exit always does something.
 */

export type ExitMethod =
  | 'tizen.exit'
  | 'webOS.platformBack'
  | 'PalmSystem.platformBack'
  | 'cordova.exitApp'
  | 'window.close'
  | 'sdk.closeApp'

export interface ExitContext {
  platform: PlatformId
  globals: DeviceGlobals
  /** The SDK Application's closeApp(). */
  closeApp(): void
  warn(message: string, error?: unknown): void
  /** Called just before each way out is tried (after a successful exit no JavaScript may run). */
  beforeAttempt?(method: ExitMethod): void
}

type Attempt = [ExitMethod, (() => void) | undefined]

function attemptsFor({ platform, globals }: ExitContext): Attempt[] {
  switch (platform) {
    case 'tizen': {
      const application = globals.tizen?.application
      return [['tizen.exit', application ? () => application.getCurrentApplication().exit() : undefined]]
    }
    case 'webos': {
      const webOS = globals.webOS
      const palm = globals.PalmSystem
      return [
        ['webOS.platformBack', webOS?.platformBack ? () => webOS.platformBack?.() : undefined],
        ['PalmSystem.platformBack', palm?.platformBack ? () => palm.platformBack?.() : undefined],
        ['window.close', () => globals.close()],
      ]
    }
    case 'firetv': {
      const app = globals.navigator.app
      return [
        ['cordova.exitApp', app?.exitApp ? () => app.exitApp?.() : undefined],
        ['window.close', () => globals.close()],
      ]
    }
    default:
      return []
  }
}

/** Runs the platform's exit and returns which call did it. */
export function exitApp(context: ExitContext): ExitMethod {
  for (const [method, run] of attemptsFor(context)) {
    if (!run) continue
    try {
      context.beforeAttempt?.(method)
      run()
      return method
    } catch (error) {
      context.warn(`${method}() failed while exiting: trying the next way out`, error)
    }
  }
  context.beforeAttempt?.('sdk.closeApp')
  context.closeApp()
  return 'sdk.closeApp'
}
