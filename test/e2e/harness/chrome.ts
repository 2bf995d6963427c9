/**
 * Where the e2e tests find a Chromium: `CHROME_PATH`, else the usual system locations. Playwright's own
 * browser download does not work on these machines, so a system browser is required — and its absence is
 * a failure with one line saying how to fix it, never a silent skip.
 */
import { existsSync } from 'node:fs'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

export function findChrome(env: NodeJS.ProcessEnv = process.env, exists = existsSync): string {
  const configured = env.CHROME_PATH
  if (configured) {
    if (!exists(configured)) throw new Error(`CHROME_PATH points at ${configured}, which does not exist`)
    return configured
  }
  const found = CANDIDATES.find((path) => exists(path))
  if (!found) {
    throw new Error(
      'No Chromium found for the e2e tests: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH',
    )
  }
  return found
}

/** Flags that make Debian's Chromium run headless in a sandboxed container with no outside network. */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
]
