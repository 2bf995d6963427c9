/**
 * WPE WebKit, the engine of RDK set-tops, driven over plain WebDriver HTTP: `WPEWebDriver` (Debian's
 * wpewebkit-driver) starts `cog --automation --platform=headless` (Debian's cog, WPE's launcher) for each
 * session. No client library: a session is a handful of JSON requests, and Playwright does not drive WPE.
 * Like Chromium, a missing engine is a failure with one line saying how to install it, never a skip.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'

export interface WpeBinaries {
  driver: string
  cog: string
}

export function findWpe(env: NodeJS.ProcessEnv = process.env, exists = existsSync): WpeBinaries {
  const driver = env.WPE_WEBDRIVER_PATH ?? '/usr/bin/WPEWebDriver'
  const cog = env.COG_PATH ?? '/usr/bin/cog'
  const missing = [driver, cog].filter((path) => !exists(path))
  if (missing.length > 0) {
    throw new Error(
      `WPE WebKit not found (${missing.join(', ')}) for the WPE e2e tests: install it (Debian: ` +
        '`sudo apt-get install -y cog wpewebkit-driver`) or set WPE_WEBDRIVER_PATH and COG_PATH',
    )
  }
  return { driver, cog }
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (!address || typeof address === 'string') throw new Error('no free port')
  return address.port
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** WebDriver's codes for the keys a remote has (the W3C key table). */
export const WEBDRIVER_KEYS = {
  Left: '\uE012',
  Up: '\uE013',
  Right: '\uE014',
  Down: '\uE015',
  Enter: '\uE007',
  Backspace: '\uE003',
  Escape: '\uE00C',
} as const
export type WpeKey = keyof typeof WEBDRIVER_KEYS

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

async function call(url: string, method: 'GET' | 'POST' | 'DELETE', body?: Json): Promise<Json> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const reply = (await response.json()) as { value: Json }
  if (!response.ok) throw new Error(`WebDriver ${method} ${url}: ${JSON.stringify(reply.value)}`)
  return reply.value
}

export class WpeDriver {
  private constructor(
    readonly url: string,
    private readonly process: ChildProcess,
    readonly cog: string,
  ) {}

  static async start(binaries: WpeBinaries = findWpe()): Promise<WpeDriver> {
    const port = await freePort()
    const child = spawn(binaries.driver, [`--port=${port}`], { stdio: 'ignore' })
    const url = `http://127.0.0.1:${port}`
    for (let i = 0; i < 100; i++) {
      const ready = await call(`${url}/status`, 'GET').catch(() => null)
      if (ready && typeof ready === 'object' && !Array.isArray(ready) && ready.ready === true) {
        return new WpeDriver(url, child, binaries.cog)
      }
      await sleep(100)
    }
    child.kill()
    throw new Error('WPEWebDriver did not start')
  }

  /** A new cog (a cold start: new web process, empty caches) showing `pageUrl`. */
  async open(pageUrl: string): Promise<WpeSession> {
    const created = (await call(`${this.url}/session`, 'POST', {
      capabilities: {
        alwaysMatch: {
          'wpe:browserOptions': { binary: this.cog, args: ['--automation', '--platform=headless'] },
        },
      },
    })) as { sessionId: string }
    const session = new WpeSession(`${this.url}/session/${created.sessionId}`)
    await session.goto(pageUrl)
    return session
  }

  async stop(): Promise<void> {
    this.process.kill()
  }
}

export class WpeSession {
  constructor(private readonly base: string) {}

  async goto(url: string): Promise<void> {
    await call(`${this.base}/url`, 'POST', { url })
  }

  /** Runs `script` (a function body; `arguments` holds `args`) in the page and returns its result. */
  async execute<T>(script: string, args: Json[] = []): Promise<T> {
    return (await call(`${this.base}/execute/sync`, 'POST', { script, args })) as T
  }

  /** Presses and releases a key, like a remote (the app reads its keyCode). */
  async press(key: WpeKey): Promise<void> {
    const value = WEBDRIVER_KEYS[key]
    await call(`${this.base}/actions`, 'POST', {
      actions: [
        {
          type: 'key',
          id: 'remote',
          actions: [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ],
        },
      ],
    })
  }

  /** Polls `script` (returning a JSON value) until `done` accepts its result; the last result otherwise. */
  async waitFor<T>(script: string, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
    const until = Date.now() + timeoutMs
    let value = await this.execute<T>(script)
    while (!done(value) && Date.now() < until) {
      await sleep(100)
      value = await this.execute<T>(script)
    }
    return value
  }

  /** A PNG of the page as WPE drew it. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from((await call(`${this.base}/screenshot`, 'GET')) as string, 'base64')
  }

  async close(): Promise<void> {
    await call(this.base, 'DELETE').catch(() => null)
  }
}
