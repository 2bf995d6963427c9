/**
 * One browser per test file, one fresh TV (server + browser context) per test. A failing test leaves a
 * screenshot in test-results/screenshots/ (git-ignored) named after it.
 */
import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { launchBrowser, openTv, type Tv, type TvOptions } from './tv'

export interface TvSuite {
  open(options?: TvOptions): Promise<Tv>
}

export function useTv(): TvSuite {
  let browser: Browser | undefined
  const open: Tv[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterEach(async (context) => {
    const failed = context.task.result?.state === 'fail'
    for (const tv of open.splice(0)) {
      if (failed) await tv.screenshot(`FAILED ${context.task.name}`).catch(() => undefined)
      await tv.close()
    }
  })

  afterAll(async () => {
    await browser?.close()
  })

  return {
    async open(options) {
      if (!browser) throw new Error('useTv(): the browser is not running (call open() inside a test)')
      const tv = await openTv(browser, options)
      open.push(tv)
      return tv
    },
  }
}
