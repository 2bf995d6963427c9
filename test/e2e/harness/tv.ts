/**
 * The e2e "TV": the built app served on 127.0.0.1, loaded in headless Chromium with the Lightning inspector,
 * driven by remote key codes and read through the inspector's DOM mirror (`data-testid`, `texture-text`,
 * `focused="true"`). Tests read like remote-control scripts:
 *
 *   const tv = await openTv(browser, { hash: 'home' })
 *   await tv.press('Right', 3)
 *   expect(await tv.focusedId()).toBe('tile-top-3')
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { type Browser, type CDPSession, chromium, type Page } from 'playwright-core'
import { DEFAULT_CHANNEL_DIR } from '../../../scripts/make-stream'
import { type AppServer, type Route, startAppServer } from '../../../server/appServer'
import { liveLoop, readLoopChannel } from '../../../server/liveLoop'
import { CHROME_ARGS, findChrome } from './chrome'
import { ROOT } from './globalSetup'

/** Windows virtual key codes, which is what TV remotes send as `keyCode`. */
export const KEY_CODES = {
  Left: 37,
  Up: 38,
  Right: 39,
  Down: 40,
  Enter: 13,
  Backspace: 8,
  Escape: 27,
  PageUp: 33,
  PageDown: 34,
  Space: 32,
  M: 77,
} as const
export type KeyLabel = keyof typeof KEY_CODES

const DOM_KEYS: Partial<Record<number, { key: string; code: string }>> = {
  37: { key: 'ArrowLeft', code: 'ArrowLeft' },
  38: { key: 'ArrowUp', code: 'ArrowUp' },
  39: { key: 'ArrowRight', code: 'ArrowRight' },
  40: { key: 'ArrowDown', code: 'ArrowDown' },
  13: { key: 'Enter', code: 'Enter' },
  8: { key: 'Backspace', code: 'Backspace' },
  27: { key: 'Escape', code: 'Escape' },
  33: { key: 'PageUp', code: 'PageUp' },
  34: { key: 'PageDown', code: 'PageDown' },
  32: { key: ' ', code: 'Space' },
}

export const RESULTS_DIR = join(ROOT, 'test-results')

/** Saves a PNG of the page as test-results/screenshots/<name>.png (name made file-safe); returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = join(RESULTS_DIR, 'screenshots')
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`)
  await page.screenshot({ path })
  return path
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true })
}

export interface TvOptions {
  /** Route to cold-start at, e.g. `home` or `story/abc`. */
  hash?: string
  /** Extra query parameters (`inspector` is always on). */
  query?: Record<string, string>
  /** Replaces the built settings.json for this TV only. */
  settings?: unknown
  /** Extra server routes (feeds, faults, proxies) tried before the built files. */
  routes?: Route[]
  viewport?: { width: number; height: number }
  /**
   * Installs Playwright's fake clock before the app loads, so a test can jump timers ahead
   * (`tv.page.clock.fastForward('10:00')` fires the feeds' scheduled refresh) while time otherwise flows.
   */
  fakeClock?: boolean
  /** Waits for this automation id to be focused before returning (default `home` screen's focus). */
  waitForFocus?: boolean
  /**
   * Runs in the page before the app's own scripts, e.g. to fake a TV's globals (`window.tizen`, `webOS`)
   * that do not exist in Chromium. A function is serialised: it cannot close over test variables.
   */
  initScript?: string | (() => void)
  /** Replaces the browser's user agent (platform detection by user agent). */
  userAgent?: string
  /** Called with the new page before the app is loaded, e.g. to record every request from the first one. */
  onPage?: (page: Page) => void
  /** The built folder to serve: `dist` (default) or `dist-legacy` (globalSetup builds both). */
  app?: 'dist' | 'dist-legacy'
}

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export class Tv {
  readonly errors: string[] = []
  private closing: Promise<void> | undefined

  private constructor(
    readonly page: Page,
    readonly server: AppServer,
    private readonly cdp: CDPSession,
  ) {}

  static async open(browser: Browser, options: TvOptions = {}): Promise<Tv> {
    const routes: Route[] = [...(options.routes ?? [])]
    // Like `npm start`: the bundled sample live channel, when it has been made (globalSetup does).
    const channel = readLoopChannel(DEFAULT_CHANNEL_DIR)
    if (channel) routes.push(liveLoop(DEFAULT_CHANNEL_DIR, channel, '/static/live/'))
    if (options.settings !== undefined) {
      const body = JSON.stringify(options.settings)
      routes.unshift((_req, res, url) => {
        if (url.pathname !== '/settings.json') return false
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' })
        res.end(body)
        return true
      })
    }
    const server = await startAppServer({ root: join(ROOT, options.app ?? 'dist'), routes })
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1920, height: 1080 },
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    })
    if (options.initScript) await context.addInitScript(options.initScript)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const tv = new Tv(page, server, cdp)
    page.on('pageerror', (error) => tv.errors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') tv.errors.push(`console.error: ${message.text()}`)
    })
    if (options.fakeClock) await page.clock.install()
    options.onPage?.(page)
    const query = new URLSearchParams({ inspector: '', ...options.query })
    await page.goto(
      `${server.url}?${query.toString().replace('inspector=', 'inspector')}#${options.hash ?? ''}`,
    )
    if (options.waitForFocus !== false) await tv.waitForFocus()
    return tv
  }

  /** Presses a remote key by name (desktop codes) or by raw key code (10009 for Tizen Back…). */
  async press(key: KeyLabel | number, times = 1): Promise<void> {
    const keyCode = typeof key === 'number' ? key : KEY_CODES[key]
    const dom = DOM_KEYS[keyCode] ?? { key: '', code: '' }
    for (let i = 0; i < times; i++) {
      const event = { windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, ...dom }
      await this.cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event })
      await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event })
      await this.nextFrame()
    }
  }

  /**
   * Presses a key `times` times as fast as the browser takes them (no waiting for frames in between), like
   * a viewer hammering Back; then waits for the screen to settle.
   */
  async burst(key: KeyLabel | number, times: number): Promise<void> {
    const keyCode = typeof key === 'number' ? key : KEY_CODES[key]
    const event = {
      windowsVirtualKeyCode: keyCode,
      nativeVirtualKeyCode: keyCode,
      ...(DOM_KEYS[keyCode] ?? {}),
    }
    for (let i = 0; i < times; i++) {
      await this.cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event })
      await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event })
    }
    await this.nextFrame()
  }

  /** Holds a key down with auto-repeat events every `intervalMs`, like a remote held for `ms`. */
  async hold(key: KeyLabel | number, ms: number, intervalMs = 50): Promise<void> {
    const keyCode = typeof key === 'number' ? key : KEY_CODES[key]
    const event = {
      windowsVirtualKeyCode: keyCode,
      nativeVirtualKeyCode: keyCode,
      ...(DOM_KEYS[keyCode] ?? {}),
    }
    const start = Date.now()
    let first = true
    while (Date.now() - start < ms) {
      await this.cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', autoRepeat: !first, ...event })
      first = false
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
    await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event })
    await this.nextFrame()
  }

  /** Resolves after the browser has painted twice (the effect of the last key is on screen). */
  async nextFrame(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    )
  }

  /** Automation ids of every focused element; the contract says there is exactly one. */
  async focusedIds(): Promise<string[]> {
    return this.page.$$eval('[focused="true"]', (nodes) =>
      nodes.map((node) => node.getAttribute('data-testid') ?? `<${node.getAttribute('ref') ?? 'no id'}>`),
    )
  }

  async focusedId(): Promise<string | undefined> {
    const ids = await this.focusedIds()
    if (ids.length !== 1)
      throw new Error(`Expected exactly one focused element, found ${ids.length}: ${ids.join(', ')}`)
    return ids[0]
  }

  /**
   * Waits until the focused element's id matches (with no argument: until an element with an automation id
   * is focused — before the app mounts, Lightning's root application holds focus).
   */
  async waitForFocus(id?: string | RegExp, timeout = 15_000): Promise<string> {
    const deadline = Date.now() + timeout
    let last: string[] = []
    while (Date.now() < deadline) {
      last = await this.focusedIds()
      const current = last.length === 1 ? last[0] : undefined
      const matches =
        id === undefined
          ? !current?.startsWith('<')
          : typeof id === 'string'
            ? current === id
            : id.test(current ?? '')
      if (current && matches) {
        return current
      }
      await this.page.waitForTimeout(50)
    }
    throw new Error(
      `Timed out waiting for focus on ${String(id ?? 'anything')}; focused: [${last.join(', ')}]`,
    )
  }

  async exists(testId: string): Promise<boolean> {
    return (await this.page.$(`[data-testid="${testId}"]`)) !== null
  }

  /** Waits for an element with this automation id to be in the scene (and visible, unless told otherwise). */
  async waitFor(testId: string, timeout = 15_000): Promise<void> {
    await this.page.waitForSelector(`[data-testid="${testId}"]`, { state: 'attached', timeout })
  }

  /**
   * All text drawn by the element with this id and its descendants, in scene order. Pages Back can return to
   * stay attached (hidden), and some ids (`error`, `retry`) exist on more than one page: the shown one wins.
   */
  async text(testId: string): Promise<string> {
    return this.page.$$eval(`[data-testid="${testId}"]`, (nodes) => {
      const node = nodes.find((n) => n.checkVisibility({ visibilityProperty: true })) ?? nodes[0]
      if (!node) throw new Error(`No element with automation id ${testId}`)
      const texts: string[] = []
      const own = node.getAttribute('texture-text')
      if (own) texts.push(own)
      for (const child of node.querySelectorAll('[texture-text]')) {
        const text = child.getAttribute('texture-text')
        if (text) texts.push(text)
      }
      return texts.join(' ')
    })
  }

  /** The element's box in 1920×1080 stage coordinates (whatever the viewport), from the inspector mirror. */
  async rect(testId: string): Promise<Rect> {
    return this.page.$$eval(`[data-testid="${testId}"]`, shownRectInStage)
  }

  async focusedRect(): Promise<Rect> {
    return this.page.$$eval('[focused="true"]', shownRectInStage)
  }

  /** Saves a PNG under test-results/screenshots/ and returns its path. */
  screenshot(name: string): Promise<string> {
    return saveScreenshot(this.page, name)
  }

  /** Closes the page and its server; safe to call again (a test may close early, the suite closes after). */
  async close(): Promise<void> {
    this.closing ??= (async () => {
      await this.page.context().close()
      await this.server.close()
    })()
    await this.closing
  }
}

/** Evaluated in the page: the stage box of the first shown node (see `text`), else the first. */
function shownRectInStage(nodes: Element[]): Rect {
  const node = nodes.find((n) => n.checkVisibility({ visibilityProperty: true })) ?? nodes[0]
  if (!node) throw new Error('No element with that automation id')
  let root: Element | null = node
  while (root?.parentElement && root.parentElement !== document.body) root = root.parentElement
  const stageBox = (root ?? node).getBoundingClientRect()
  const box = node.getBoundingClientRect()
  const scale = 1920 / (stageBox.width || 1920)
  return {
    x: (box.left - stageBox.left) * scale,
    y: (box.top - stageBox.top) * scale,
    w: box.width * scale,
    h: box.height * scale,
  }
}

export const openTv = (browser: Browser, options?: TvOptions): Promise<Tv> => Tv.open(browser, options)
