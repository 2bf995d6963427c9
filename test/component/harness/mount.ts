/**
 * A small test renderer: mounts one Lightning component on a real Lightning stage (happy-dom + WebGL mock)
 * with transitions off, and drives it with remote keys, like a viewer would.
 */
import { Lightning } from '@lightningjs/sdk'
import { desktopKeyMap, type KeyName } from '../../../src/platform/keymap'
import { getTestId } from '../../../src/ui/automation'

const CODES: Record<string, number> = Object.fromEntries(
  Object.entries(desktopKeyMap).map(([code, name]) => [name, Number(code)]),
)

type Config = Record<string, unknown>

export interface Mounted<T extends Lightning.Component> {
  app: Lightning.Application
  subject: T
  /** Sends a remote key through Lightning's own key handling, then lets one frame run. */
  press(key: KeyName, times?: number): void
  /** The focused leaf (the element automation reads as `focused="true"`). */
  focused(): Lightning.Element
  focusedTestId(): string | undefined
  /** Runs frames so textures, flex layout and (zero-length) transitions settle. */
  frame(count?: number): void
  /** Route changes the subject asked for (navigateTo/goBack answer at the app, as App does). */
  navigations: Array<{ hash: string; args?: Record<string | symbol, unknown>; store?: boolean } | 'back'>
  destroy(): void
}

export function mount<T extends Lightning.Component>(
  Type: new (...args: never[]) => T,
  props: Config = {},
): Mounted<T> {
  const navigations: Mounted<T>['navigations'] = []
  class TestApp extends Lightning.Application {
    $navigate(hash: string, args?: Record<string | symbol, unknown>, store?: boolean): void {
      navigations.push({ hash, args, store })
    }

    $back(): void {
      navigations.push('back')
    }

    static override _template(): Lightning.Component.Template {
      return { Subject: { type: Type, ...props } } as Lightning.Component.Template
    }

    override _getFocused(): Lightning.Component {
      return this.tag('Subject') as Lightning.Component
    }
  }

  const app = new TestApp({
    stage: { w: 1920, h: 1080, precision: 1, fixedDt: 1000, useImageWorker: false },
    keys: desktopKeyMap,
    debug: false,
  } as never)
  // Smooth transitions finish within one frame: tests assert end states, not animations.
  app.stage.transitions.defaultTransitionSettings.duration = 0
  const subject = app.tag('Subject') as T

  const frame = (count = 1) => {
    for (let i = 0; i < count; i++) app.stage.drawFrame()
  }
  frame()

  const focused = () => {
    const path = app.focusPath ?? []
    const leaf = path[path.length - 1]
    if (!leaf) throw new Error('Nothing is focused')
    return leaf
  }

  return {
    app,
    subject,
    press(key, times = 1) {
      const keyCode = CODES[key]
      if (keyCode === undefined) throw new Error(`No key code for ${key} in the desktop key map`)
      for (let i = 0; i < times; i++) {
        window.dispatchEvent(new KeyboardEvent('keydown', { keyCode, key: '' } as KeyboardEventInit))
        window.dispatchEvent(new KeyboardEvent('keyup', { keyCode, key: '' } as KeyboardEventInit))
        frame()
      }
    },
    focused,
    focusedTestId: () => getTestId(focused()),
    frame,
    navigations,
    destroy() {
      // Application.destroy() also stops and destroys its stage.
      app.destroy()
    },
  }
}
