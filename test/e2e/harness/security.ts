/**
 * What the security tests watch in the page: Content-Security-Policy violations (recorded by an init script
 * before any app code runs) and every request the page makes (recorded by Playwright from outside).
 */
import type { Page, Request } from 'playwright-core'
import type { Tv } from './tv'

export interface Violation {
  directive: string
  blocked: string
  source: string
  sample: string
}

/**
 * Init script: collects `securitypolicyviolation` events into `window.__violations`, and uncaught errors and
 * unhandled rejections into `window.__uncaught` (Playwright's `pageerror` sees the first, not always the second).
 */
export function recordViolations(): void {
  const w = window as unknown as { __violations: unknown[]; __uncaught: string[] }
  w.__violations = []
  w.__uncaught = []
  document.addEventListener('securitypolicyviolation', (event) => {
    w.__violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      source: `${event.sourceFile}:${event.lineNumber}`,
      sample: event.sample,
    })
  })
  window.addEventListener('error', (event) => {
    w.__uncaught.push(`error: ${event.message}`)
  })
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason
    w.__uncaught.push(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`)
  })
}

export async function violations(tv: Tv): Promise<Violation[]> {
  return tv.page.evaluate(() => (window as unknown as { __violations?: Violation[] }).__violations ?? [])
}

export async function uncaught(tv: Tv): Promise<string[]> {
  return tv.page.evaluate(() => (window as unknown as { __uncaught?: string[] }).__uncaught ?? [])
}

/**
 * Every URL the page asks for (documents, scripts, XHR, images, media), in order, into `urls`. Pass it as the
 * TV's `onPage` so recording starts before the app loads: `open({ onPage: recordRequests(urls) })`.
 */
export function recordRequests(urls: string[]): (page: Page) => void {
  return (page) => {
    page.on('request', (request: Request) => {
      urls.push(request.url())
    })
  }
}

/**
 * The URLs that are neither the app's own origin nor `allowed` origins. `blob:` URLs the page made itself
 * (MediaSource) count as its own.
 */
export function foreignRequests(
  urls: readonly string[],
  ownOrigin: string,
  allowed: string[] = [],
): string[] {
  const origins = new Set([new URL(ownOrigin).origin, ...allowed.map((url) => new URL(url).origin)])
  return urls.filter((url) => {
    if (url.startsWith(`blob:${new URL(ownOrigin).origin}/`)) return false
    if (!/^https?:\/\//.test(url)) return true
    return !origins.has(new URL(url).origin)
  })
}
