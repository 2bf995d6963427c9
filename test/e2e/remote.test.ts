/**
 * The remote on each platform: real key codes sent as trusted keydown/keyup events, asserting the screens
 * that result. Platform globals that Chromium lacks (tizen, webOS) are faked with recording init scripts.
 */
import { describe, expect, it } from 'vitest'
import { fakes, HOME_FOCUS, initScript, isVisible, pages, recordedCalls } from './harness/screens'
import { useTv } from './harness/suite'

describe('remote: Back, Exit and Menu on the desktop', () => {
  const tvs = useTv()

  it('Back walks back through history; on Home it asks, Stay first', async () => {
    const tv = await tvs.open({ initScript: initScript(fakes.exitEvents) })
    const start = await tv.waitForFocus(HOME_FOCUS)
    await tv.press('M')
    await tv.waitForFocus(/^text-size-/)
    await tv.press('Backspace')
    await tv.waitForFocus(start)
    expect(await isVisible(tv, 'exit-dialog')).toBe(false)
    await tv.press('Escape')
    await tv.waitForFocus('exit-no')
    expect(await isVisible(tv, 'exit-dialog')).toBe(true)
    await tv.screenshot('remote-exit-dialog')
    // Back in the dialog means Stay.
    await tv.press('Escape')
    await tv.waitForFocus(start)
    expect(await isVisible(tv, 'exit-dialog')).toBe(false)
    expect(await recordedCalls(tv)).toEqual([])
  })

  it('the exit dialog appears on Home and not elsewhere: Back on a deep link goes Home first', async () => {
    for (const hash of ['settings', 'no/such/page']) {
      const tv = await tvs.open({ hash, initScript: initScript(fakes.exitEvents) })
      await tv.press('Backspace')
      await tv.waitForFocus(HOME_FOCUS)
      expect(await isVisible(tv, 'exit-dialog')).toBe(false)
      expect((await pages(tv)).visible).toEqual(['home'])
      // Still in the app: only now does Back ask about leaving.
      await tv.press('Backspace')
      await tv.waitForFocus('exit-no')
      expect(await recordedCalls(tv)).toEqual([])
    }
  })

  it('Exit → Yes closes the app through the SDK and announces it', async () => {
    const tv = await tvs.open({ initScript: initScript(fakes.exitEvents) })
    await tv.press('Escape')
    await tv.waitForFocus('exit-no')
    await tv.press('Right')
    await tv.press('Enter')
    await expect.poll(() => recordedCalls(tv)).toEqual(['event:sdk.closeApp'])
    // The SDK's close tears the app down: no page is left in the scene.
    await expect.poll(async () => (await pages(tv)).attached).toEqual([])
  })

  it('Options/Menu (M) opens Settings from Home and closes it again', async () => {
    const tv = await tvs.open()
    const start = await tv.waitForFocus(HOME_FOCUS)
    await tv.press('M')
    await tv.waitForFocus('text-size-m')
    expect((await pages(tv)).visible).toEqual(['settings'])
    await tv.press('M')
    await tv.waitForFocus(start)
    expect((await pages(tv)).visible).toEqual(['home'])
  })

  it('the header Settings entry opens Settings with OK', async () => {
    const tv = await tvs.open()
    await tv.waitForFocus(HOME_FOCUS)
    await tv.press('Up')
    await tv.waitForFocus('header-settings')
    const rect = await tv.focusedRect()
    expect(rect.y).toBeGreaterThanOrEqual(53)
    expect(rect.x + rect.w).toBeLessThanOrEqual(1822)
    await tv.screenshot('remote-header-settings')
    await tv.press('Enter')
    await tv.waitForFocus('text-size-m')
  })
})

describe('remote: Samsung Tizen', () => {
  const tvs = useTv()
  const tizen = initScript(fakes.exitEvents, fakes.tizen)

  it('registers its media, colour, channel and Tools keys at start-up', async () => {
    const tv = await tvs.open({ query: { platform: 'tizen' }, initScript: tizen })
    const [registration] = await recordedCalls(tv)
    expect(registration).toMatch(/^registerKeyBatch:/)
    expect(registration?.split(':')[1]?.split(',')).toEqual(
      expect.arrayContaining([
        'MediaPlayPause',
        'MediaPlay',
        'MediaPause',
        'ColorF0Red',
        'ChannelUp',
        'Tools',
      ]),
    )
  })

  it('Back (10009) walks back, asks on Home, and Yes exits through tizen.application', async () => {
    const tv = await tvs.open({ query: { platform: 'tizen' }, initScript: tizen })
    const start = await tv.waitForFocus(HOME_FOCUS)
    await tv.press(10135) // Tools: Samsung's options key
    await tv.waitForFocus('text-size-m')
    await tv.press(10009)
    await tv.waitForFocus(start)
    await tv.press(10009)
    await tv.waitForFocus('exit-no')
    await tv.press('Right')
    await tv.press('Enter')
    await expect
      .poll(async () => (await recordedCalls(tv)).slice(1))
      .toEqual(['event:tizen.exit', 'tizen.exit'])
  })

  it('is detected from the tizen global without ?platform=, and keyboard Escape is not Back there', async () => {
    const tv = await tvs.open({ hash: 'settings', initScript: tizen })
    await tv.waitForFocus('text-size-m')
    expect(await tv.text('settings-about')).toContain('Samsung Tizen')
    await tv.press('Escape')
    await tv.press('Backspace')
    expect((await pages(tv)).visible).toEqual(['settings'])
    await tv.press(10009)
    await tv.waitForFocus(HOME_FOCUS)
  })

  it('Exit (10182) leaves at once from any screen, without the dialog, even over it', async () => {
    const tv = await tvs.open({ hash: 'settings', query: { platform: 'tizen' }, initScript: tizen })
    await tv.waitForFocus('text-size-m')
    await tv.press(10182)
    await expect
      .poll(async () => (await recordedCalls(tv)).slice(1))
      .toEqual(['event:tizen.exit', 'tizen.exit'])
    expect(await isVisible(tv, 'exit-dialog')).toBe(false)
  })
})

describe('remote: LG webOS, RDK and Fire TV', () => {
  const tvs = useTv()

  it('webOS: Back (461) walks back, asks on Home, and Yes calls webOS.platformBack', async () => {
    const tv = await tvs.open({
      hash: 'settings',
      query: { platform: 'webos' },
      initScript: initScript(fakes.exitEvents, fakes.webOS),
    })
    await tv.waitForFocus('text-size-m')
    expect(await tv.text('settings-about')).toContain('LG webOS')
    await tv.press(461)
    await tv.waitForFocus(HOME_FOCUS)
    await tv.press(461)
    await tv.waitForFocus('exit-no')
    await tv.press('Right')
    await tv.press('Enter')
    await expect.poll(() => recordedCalls(tv)).toEqual(['event:webOS.platformBack', 'webOS.platformBack'])
  })

  it('RDK: Back (8) walks back; Exit (27) leaves at once through the SDK', async () => {
    const tv = await tvs.open({ query: { platform: 'rdk' }, initScript: initScript(fakes.exitEvents) })
    const start = await tv.waitForFocus(HOME_FOCUS)
    // No Options key in RDK's map: Settings through the header entry.
    await tv.press('Up')
    await tv.press('Enter')
    await tv.waitForFocus('text-size-m')
    await tv.press(8)
    await tv.waitForFocus('header-settings')
    await tv.press('Down')
    await tv.waitForFocus(start)
    await tv.press(27)
    await expect.poll(() => recordedCalls(tv)).toEqual(['event:sdk.closeApp'])
  })

  it('Fire TV: Back (4) asks on Home, and Yes closes the window', async () => {
    const tv = await tvs.open({
      query: { platform: 'firetv' },
      initScript: initScript(fakes.exitEvents, fakes.windowClose),
    })
    await tv.waitForFocus(HOME_FOCUS)
    await tv.press(4)
    await tv.waitForFocus('exit-no')
    await tv.press('Right')
    await tv.press('Enter')
    await expect.poll(() => recordedCalls(tv)).toEqual(['event:window.close', 'window.close'])
  })

  it('Fire TV is recognised by its user agent', async () => {
    const tv = await tvs.open({
      hash: 'settings',
      userAgent:
        'Mozilla/5.0 (Linux; Android 9; AFTKA Build/PS7633; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0 Mobile Safari/537.36',
    })
    await tv.waitForFocus('text-size-m')
    expect(await tv.text('settings-about')).toContain('Amazon Fire TV')
    await tv.press(4)
    await tv.waitForFocus(HOME_FOCUS)
  })
})
