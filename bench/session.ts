/**
 * A headless Chromium driven over the DevTools protocol for measurements: CPU throttling, forced GC, heap
 * usage, trusted key events, and in-page timers read with performance.now() so the node↔browser round trip
 * never enters a figure.
 */
import { type Browser, type CDPSession, chromium, type Page } from 'playwright-core'
import type { FrameDrawStats } from '../src/platform/renderStats'
import { CHROME_ARGS, findChrome } from '../test/e2e/harness/chrome'

export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true })

/** The WebGL renderer pages draw with (SwiftShader in headless Chromium without a GPU: rendering costs CPU). */
export async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage()
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl')
      if (!gl) return 'no WebGL'
      const info = gl.getExtension('WEBGL_debug_renderer_info')
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
    })
  } finally {
    await page.close()
  }
}

const KEYS = {
  Left: { windowsVirtualKeyCode: 37, key: 'ArrowLeft', code: 'ArrowLeft' },
  Right: { windowsVirtualKeyCode: 39, key: 'ArrowRight', code: 'ArrowRight' },
  Up: { windowsVirtualKeyCode: 38, key: 'ArrowUp', code: 'ArrowUp' },
  Down: { windowsVirtualKeyCode: 40, key: 'ArrowDown', code: 'ArrowDown' },
  Enter: { windowsVirtualKeyCode: 13, key: 'Enter', code: 'Enter' },
  Back: { windowsVirtualKeyCode: 8, key: 'Backspace', code: 'Backspace' },
} as const
export type BenchKey = keyof typeof KEYS

export class BenchPage {
  /** The page's errors and console errors, quoted when a wait times out (the page's own words say why). */
  private readonly problems: string[] = []

  private constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
  ) {
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console: ${message.text()}`)
    })
  }

  static async open(browser: Browser, url: string, cpuThrottle: number): Promise<BenchPage> {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    // tsx compiles this file with esbuild's keepNames, which wraps named functions inside the callbacks we hand
    // to page.evaluate in `__name(fn, "fn")`; the page has no such helper, so it would throw there (inside a
    // keydown or animation-frame callback: silently, and the measure would wait for ever). Give it one.
    await context.addInitScript({ content: 'globalThis.__name = (target) => target' })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle })
    await page.goto(url)
    return new BenchPage(page, cdp)
  }

  /** ms from navigation start to the `lightwire:interactive` mark. */
  async interactiveAt(timeoutMs = 60_000): Promise<number> {
    await this.page
      .waitForFunction(() => performance.getEntriesByName('lightwire:interactive').length > 0, null, {
        timeout: timeoutMs,
        polling: 50,
      })
      .catch((error: unknown) => {
        const url = this.page.url()
        const said = this.problems.length ? `; the page said:\n  ${this.problems.join('\n  ')}` : ''
        throw new Error(`${url} never became interactive (${String(error)})${said}`)
      })
    return this.page.evaluate(
      () => performance.getEntriesByName('lightwire:interactive')[0]?.startTime ?? Number.NaN,
    )
  }

  async key(name: BenchKey, type: 'down' | 'up' | 'press' = 'press', autoRepeat = false): Promise<void> {
    const event = { ...KEYS[name], nativeVirtualKeyCode: KEYS[name].windowsVirtualKeyCode }
    if (type !== 'up')
      await this.cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', autoRepeat, ...event })
    if (type !== 'down') await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event })
  }

  /**
   * Records, for every keydown, the time until the end of the next animation frame (Lightning draws in its own
   * requestAnimationFrame callback, registered before ours, so ours runs after the frame is drawn).
   */
  async recordKeyLatency(): Promise<void> {
    await this.page.evaluate(() => {
      const samples: number[] = []
      Object.assign(window, { keyLatencies: samples })
      window.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp
          requestAnimationFrame(() => samples.push(performance.now() - start))
        },
        true,
      )
    })
  }

  async keyLatencies(): Promise<number[]> {
    return this.page.evaluate(() => (window as unknown as { keyLatencies: number[] }).keyLatencies.slice())
  }

  /**
   * Records, for every `key` press, ms from the keydown to the end of the first animation frame in which the
   * focused automation id matches `target` (e.g. Enter → the story page). Read with `focusChanges()`.
   */
  async recordFocusChanges(key: BenchKey, target: RegExp): Promise<void> {
    await this.page.evaluate(
      ({ keyCode, source }) => {
        const samples: number[] = []
        Object.assign(window, { focusChanges: samples })
        const pattern = new RegExp(source)
        window.addEventListener(
          'keydown',
          (event) => {
            if (event.keyCode !== keyCode) return
            const start = event.timeStamp
            const check = () => {
              if (pattern.test(window.lightwire?.focusedTestId() ?? ''))
                samples.push(performance.now() - start)
              else requestAnimationFrame(check)
            }
            requestAnimationFrame(check)
          },
          true,
        )
      },
      { keyCode: KEYS[key].windowsVirtualKeyCode, source: target.source },
    )
  }

  async waitForFocusChanges(count: number, timeoutMs = 60_000): Promise<void> {
    await this.page.waitForFunction(
      (n) => ((window as unknown as { focusChanges?: number[] }).focusChanges?.length ?? 0) >= n,
      count,
      { timeout: timeoutMs, polling: 50 },
    )
  }

  async focusChanges(): Promise<number[]> {
    return this.page.evaluate(() => (window as unknown as { focusChanges: number[] }).focusChanges.slice())
  }

  /**
   * Paths of the scripts the page asked for up to the `lightwire:interactive` mark (the Resource Timing list
   * plus module scripts; all of them if there is no mark). Later requests are left out whatever the timing of
   * this call: the app preloads its other pages' chunks a second after it is interactive, on purpose.
   */
  async scriptsLoaded(): Promise<string[]> {
    return this.page.evaluate(() =>
      [
        ...performance
          .getEntriesByType('resource')
          .filter(
            (entry) =>
              entry.startTime <=
              (performance.getEntriesByName('lightwire:interactive')[0]?.startTime ??
                Number.POSITIVE_INFINITY),
          )
          .map((entry) => entry.name),
        ...Array.from(
          document.querySelectorAll('script[src]'),
          (script) => (script as HTMLScriptElement).src,
        ),
      ]
        .map((url) => new URL(url).pathname)
        .filter((path) => path.endsWith('.js')),
    )
  }

  /** Starts collecting frame-to-frame times; `stopFrames()` returns them. */
  async startFrames(): Promise<void> {
    await this.page.evaluate(() => {
      const frames: number[] = []
      let last = performance.now()
      let running = true
      const tick = (now: number) => {
        frames.push(now - last)
        last = now
        if (running) requestAnimationFrame(tick)
      }
      requestAnimationFrame((now) => {
        last = now
        requestAnimationFrame(tick)
      })
      Object.assign(window, {
        frameTimes: frames,
        stopFrameTimes: () => {
          running = false
        },
      })
    })
  }

  async stopFrames(): Promise<number[]> {
    return this.page.evaluate(() => {
      const w = window as unknown as { frameTimes: number[]; stopFrameTimes: () => void }
      w.stopFrameTimes()
      return w.frameTimes.slice()
    })
  }

  /** Starts recording Lightning's draw statistics per drawn frame (draw calls, quads, pixels covered). */
  async startDrawStats(): Promise<void> {
    await this.page.evaluate(() => window.lightwire?.startDrawStats())
  }

  async stopDrawStats(): Promise<FrameDrawStats[]> {
    return this.page.evaluate(() => window.lightwire?.stopDrawStats() ?? [])
  }

  /** The focused leaf's automation id. */
  async focusedId(): Promise<string | undefined> {
    return this.page.evaluate(() => window.lightwire?.focusedTestId())
  }

  async waitForFocus(pattern: RegExp, timeoutMs = 30_000): Promise<void> {
    await this.page.waitForFunction(
      (source) => new RegExp(source).test(window.lightwire?.focusedTestId() ?? ''),
      pattern.source,
      { timeout: timeoutMs, polling: 20 },
    )
  }

  /** From Home's first focus (live tile or hero), Down until a story tile in a row is focused. */
  async focusFirstRow(): Promise<void> {
    for (let i = 0; i < 5 && !/^tile-/.test((await this.focusedId()) ?? ''); i++) {
      await this.key('Down')
      await this.wait(300)
    }
    await this.waitForFocus(/^tile-/)
  }

  /** JS heap in use after a full garbage collection and Lightning's texture memory (bytes), and its element count. */
  async memory(): Promise<{ heap: number; textures: number; elements: number }> {
    await this.cdp.send('HeapProfiler.collectGarbage')
    await this.cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await this.cdp.send('Runtime.getHeapUsage')
    const { textures, elements } = await this.page.evaluate(() => ({
      textures: window.lightwire?.textureMemory() ?? Number.NaN,
      elements: window.lightwire?.elementCount() ?? Number.NaN,
    }))
    return { heap: usedSize, textures, elements }
  }

  async wait(ms: number): Promise<void> {
    await this.page.waitForTimeout(ms)
  }

  async close(): Promise<void> {
    await this.page.context().close()
  }
}
