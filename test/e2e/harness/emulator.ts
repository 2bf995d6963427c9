/**
 * Drives the browser TV emulator page (emulator/, docs/emulator.md) in headless Chromium, the way QA would:
 * through its automation contract only — `data-key` buttons, `select[name=platform|resolution]`, the
 * overlay checkboxes, `<iframe name="tv">` — and reads the app inside the iframe through the inspector
 * mirror, as the Tv driver does for the bare app.
 *
 *   const emu = await openEmulator(browser, { query: { platform: 'tizen' } })
 *   await emu.click('right')
 *   expect(await emu.focusedId()).toBe('tile-top-1')
 */
import { join } from 'node:path'
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { DEFAULT_CHANNEL_DIR } from '../../../scripts/make-stream'
import { type AppServer, type Route, startAppServer } from '../../../server/appServer'
import { type EmulatorState, emulatorRoutes } from '../../../server/emulatorRoutes'
import { liveLoop, readLoopChannel } from '../../../server/liveLoop'
import { feedProxy } from '../../../server/proxy'
import { ROOT } from './globalSetup'
import { launchBrowser, saveScreenshot } from './tv'

export interface EmulatorOptions {
  /** The emulator page's own query: `platform`, `resolution`, `safe-area`, `focus-outline`, `fps`. */
  query?: Record<string, string>
  /** Extra server routes, tried after the emulator's and the feed proxy (a feed, a fault). */
  routes?: Route[]
  /** The browser window; a desktop's by default. */
  viewport?: { width: number; height: number }
  /** Waits for the app to focus something before returning (default true). */
  waitForFocus?: boolean
}

export interface LogLine {
  button: string
  code: string
  screen: string
  focus: string
  text: string
}

export class Emulator {
  readonly errors: string[] = []

  private constructor(
    readonly page: Page,
    readonly server: AppServer,
    readonly state: EmulatorState,
  ) {}

  static async open(browser: Browser, options: EmulatorOptions = {}): Promise<Emulator> {
    const state: EmulatorState = { offline: false, dropped: 0 }
    const dist = join(ROOT, 'dist')
    // As `npm start` serves it: the emulator's routes, the feed proxy, the sample live channel if made.
    const channel = readLoopChannel(DEFAULT_CHANNEL_DIR)
    const server = await startAppServer({
      root: dist,
      routes: [
        ...emulatorRoutes({
          appRoot: dist,
          pageRoot: join(ROOT, 'dist-emulator'),
          state,
          legacyRoot: join(ROOT, 'dist-legacy'),
        }),
        feedProxy(),
        ...(channel ? [liveLoop(DEFAULT_CHANNEL_DIR, channel, '/static/live/')] : []),
        ...(options.routes ?? []),
      ],
    })
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 } })
    const page = await context.newPage()
    const emulator = new Emulator(page, server, state)
    page.on('pageerror', (error) => emulator.errors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') emulator.errors.push(`console.error: ${message.text()}`)
    })
    await page.goto(`${server.url}emulator/?${new URLSearchParams(options.query).toString()}`)
    if (options.waitForFocus !== false) await emulator.waitForFocus()
    return emulator
  }

  /** The app's frame (a new one after every app start). */
  tv(): Frame {
    const frame = this.page.frame({ name: 'tv' })
    if (!frame) throw new Error('The emulator has no <iframe name="tv">')
    return frame
  }

  /** Clicks a remote button and waits until the key log has written down what it led to. */
  async click(key: string): Promise<LogLine> {
    const before = await this.page.$$eval('.log li[data-seq]', (rows) => rows.length)
    await this.page.click(`.remote [data-key="${key}"]`)
    return this.waitForLog(before + 1)
  }

  /** Holds a remote button down with the mouse for `ms`. */
  async hold(key: string, ms: number): Promise<LogLine> {
    const before = await this.page.$$eval('.log li[data-seq]', (rows) => rows.length)
    await this.page.hover(`.remote [data-key="${key}"]`)
    await this.page.mouse.down()
    await this.page.waitForTimeout(ms)
    await this.page.mouse.up()
    return this.waitForLog(before + 1)
  }

  /** Waits for the n-th key log line (1-based) to settle. */
  async waitForLog(n: number): Promise<LogLine> {
    const row = this.page.locator('.log li[data-seq]').nth(n - 1)
    await row.and(this.page.locator('[data-settled]')).waitFor({ timeout: 15_000 })
    return row.evaluate((node) => ({
      button: node.getAttribute('data-button') ?? '',
      code: node.getAttribute('data-code') ?? '',
      screen: node.getAttribute('data-screen') ?? '',
      focus: node.getAttribute('data-focus') ?? '',
      text: node.textContent ?? '',
    }))
  }

  /** Picks a platform, language or resolution; the app restarts, and this waits until it has focus again. */
  async select(name: 'platform' | 'language' | 'resolution' | 'build', value: string): Promise<void> {
    await this.restarting(() => this.page.selectOption(`select[name="${name}"]`, value))
  }

  /** Runs `action`, which restarts the app (a new iframe), and waits until the new app has focus. */
  async restarting(action: () => Promise<unknown>): Promise<void> {
    await this.page.$eval('iframe[name="tv"]', (frame) => frame.setAttribute('data-previous', ''))
    await action()
    await this.page.waitForSelector('iframe[name="tv"]:not([data-previous])', { state: 'attached' })
    await this.waitForFocus()
  }

  async setChecked(
    name: 'safe-area' | 'focus-outline' | 'fps' | 'offline' | 'guidance',
    checked: boolean,
  ): Promise<void> {
    await this.page.setChecked(`input[name="${name}"]`, checked)
  }

  /** From Home's first focus (live tile or hero), Down to the first row of story tiles (of `section`). */
  async focusTile(section = ''): Promise<string> {
    const wanted = new RegExp(`^tile-${section}`)
    await this.waitForFocus(/^(live-tile|hero|tile-)/)
    for (let i = 0; i < 10 && !wanted.test((await this.focusedId()) ?? ''); i++) await this.click('down')
    return this.waitForFocus(wanted)
  }

  /** Flips the offline switch and waits until the server has it and the page says so. */
  async setOffline(offline: boolean): Promise<void> {
    await this.setChecked('offline', offline)
    await this.page.waitForFunction(
      (wanted) =>
        (document.querySelector('output[name="offline-status"]')?.textContent ?? '').startsWith(wanted),
      offline ? 'Offline' : 'Online',
    )
    if (this.state.offline !== offline)
      throw new Error(`The server's offline switch is ${this.state.offline}`)
  }

  /** Automation ids of the app's focused elements (the contract says exactly one). */
  async focusedIds(): Promise<string[]> {
    return this.tv().$$eval('[focused="true"]', (nodes) =>
      nodes.map((node) => node.getAttribute('data-testid') ?? `<${node.getAttribute('ref') ?? 'no id'}>`),
    )
  }

  async focusedId(): Promise<string | undefined> {
    const ids = await this.focusedIds()
    if (ids.length !== 1)
      throw new Error(`Expected one focused element, found ${ids.length}: ${ids.join(', ')}`)
    return ids[0]
  }

  /** Waits until the app's focus matches (no argument: anything with an automation id). */
  async waitForFocus(id?: string | RegExp, timeout = 20_000): Promise<string> {
    const deadline = Date.now() + timeout
    let last: string[] = []
    while (Date.now() < deadline) {
      last = await this.focusedIds().catch(() => [])
      const current = last.length === 1 ? last[0] : undefined
      const matches =
        id === undefined
          ? current !== undefined && !current.startsWith('<')
          : typeof id === 'string'
            ? current === id
            : id.test(current ?? '')
      if (current && matches) return current
      await this.page.waitForTimeout(50)
    }
    throw new Error(
      `Timed out waiting for focus on ${String(id ?? 'anything')}; focused: [${last.join(', ')}]`,
    )
  }

  /** All text the app draws for this automation id and its descendants (inspector `texture-text`). */
  async text(testId: string): Promise<string> {
    return this.tv().$eval(`[data-testid="${testId}"]`, (node) =>
      [node, ...node.querySelectorAll('[texture-text]')]
        .map((element) => element.getAttribute('texture-text') ?? '')
        .filter(Boolean)
        .join(' '),
    )
  }

  /** The app's route (URL hash without '#'). */
  async screen(): Promise<string> {
    return this.tv().evaluate(() => window.location.hash.replace(/^#/, ''))
  }

  /** Records every key event the app's window receives from now on (type, keyCode, repeat). */
  async recordKeys(): Promise<void> {
    await this.tv().evaluate(() => {
      const w = window as unknown as { __keys: string[] }
      w.__keys = []
      for (const type of ['keydown', 'keyup']) {
        window.addEventListener(
          type,
          (event) => {
            const key = event as KeyboardEvent
            w.__keys.push(`${type}:${key.keyCode}${key.repeat ? ':repeat' : ''}`)
          },
          true,
        )
      }
    })
  }

  async recordedKeys(): Promise<string[]> {
    return this.tv().evaluate(() => (window as unknown as { __keys?: string[] }).__keys ?? [])
  }

  /** Saves a PNG of the whole emulator page under test-results/screenshots/. */
  screenshot(name: string): Promise<string> {
    return saveScreenshot(this.page, name)
  }

  async close(): Promise<void> {
    await this.page.context().close()
    await this.server.close()
  }
}

export const openEmulator = (browser: Browser, options?: EmulatorOptions): Promise<Emulator> =>
  Emulator.open(browser, options)

/** One browser per test file, a fresh server and emulator page per test; a failing test leaves a screenshot. */
export function useEmulator(): { open(options?: EmulatorOptions): Promise<Emulator> } {
  let browser: Browser | undefined
  const open: Emulator[] = []
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterEach(async (context) => {
    const failed = context.task.result?.state === 'fail'
    for (const emulator of open.splice(0)) {
      if (failed) await emulator.screenshot(`FAILED ${context.task.name}`).catch(() => undefined)
      await emulator.close()
    }
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    async open(options) {
      if (!browser) throw new Error('useEmulator(): the browser is not running (call open() inside a test)')
      const emulator = await openEmulator(browser, options)
      open.push(emulator)
      return emulator
    },
  }
}
