/**
 * The legacy build (dist-legacy/, `npm run build:legacy`) in headless Chromium: the same app, started by ES5
 * SystemJS chunks instead of module scripts, under the same Content-Security-Policy. Chromium is far newer
 * than the TVs this build is for; what it checks is that the lowered bundle, its polyfills and its
 * externalized start script run the whole app and break no CSP rule (test/unit/build/legacy-es5.test.ts
 * checks the syntax an old engine would meet).
 */
import { describe, expect, it } from 'vitest'
import { focusHomeContent, HOME_START } from './harness/screens'
import { recordRequests, recordViolations, uncaught, violations } from './harness/security'
import { useTv } from './harness/suite'

describe('legacy build in Chromium', () => {
  const tvs = useTv()

  it('walks Home → story → Back → exit dialog with no module script and no CSP violation', async () => {
    const urls: string[] = []
    const tv = await tvs.open({
      app: 'dist-legacy',
      initScript: recordViolations,
      onPage: recordRequests(urls),
    })
    await tv.waitForFocus(HOME_START)
    expect(await tv.text('home')).toContain('Lightwire')
    // It really is the legacy bundle that runs: SystemJS chunks, no module script in the page.
    expect(urls.some((url) => /\/assets\/index-legacy-[\w-]+\.js$/.test(url))).toBe(true)
    expect(await tv.page.locator('script[type="module"]').count()).toBe(0)

    const tile = await focusHomeContent(tv)
    await tv.press('Enter')
    await tv.waitForFocus('story')
    expect((await tv.text('story-title')).length).toBeGreaterThan(0)
    expect(await tv.text('story-page')).toMatch(/^Page 1 of \d+/)
    await tv.screenshot('legacy-story')

    await tv.press('Backspace')
    await tv.waitForFocus(tile)
    await tv.press('Backspace')
    await tv.waitForFocus('exit-no')
    expect(await tv.text('exit-yes')).toBe('Exit')
    await tv.press('Enter')
    await tv.waitForFocus(tile)

    expect(await violations(tv)).toEqual([])
    expect(await uncaught(tv)).toEqual([])
    expect(tv.errors).toEqual([])
  })
})
