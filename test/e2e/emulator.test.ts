/**
 * The browser TV emulator page, driven through its automation contract (docs/emulator.md): the remote's
 * `data-key` buttons, the platform and resolution selects, the overlay checkboxes, `<iframe name="tv">`.
 */
import { describe, expect, it } from 'vitest'
import { useEmulator } from './harness/emulator'
import { HOME_FOCUS } from './harness/screens'

// Each step drives a whole app in a scaled iframe: generous time on a loaded 2-core machine.
describe('browser TV emulator: remote and platforms', { timeout: 120_000 }, () => {
  const emulators = useEmulator()

  it('runs the real app in <iframe name="tv"> and clicking the remote\'s Right moves focus', async () => {
    const emu = await emulators.open()
    const first = await emu.focusTile()
    await emu.recordKeys()
    const line = await emu.click('right')
    const second = await emu.focusedId()
    expect(second).toMatch(/^tile-/)
    expect(second).not.toBe(first)
    expect(await emu.recordedKeys()).toEqual(['keydown:39', 'keyup:39'])
    expect(line).toMatchObject({ button: 'right', code: '39', screen: 'home', focus: second })
    // The app is the build under the emulator's mount, with the platform hook and the inspector.
    const src = await emu.page.$eval('iframe[name="tv"]', (frame) => (frame as HTMLIFrameElement).src)
    expect(src).toMatch(/\/emulator\/tv\/\?platform=desktop&inspector$/)
    expect(emu.errors).toEqual([])
  })

  it('the language menu restarts the app in that language (?lang=), Arabic mirrored', async () => {
    const emu = await emulators.open()
    await emu.select('language', 'ar')
    const src = await emu.page.$eval('iframe[name="tv"]', (frame) => (frame as HTMLIFrameElement).src)
    expect(src).toMatch(/[?&]lang=ar(&|#|$)/)
    expect((await emu.text('header-settings')).replace(/[\u202a-\u202e\u2066-\u2069]/g, '')).toBe('الإعدادات')
    await emu.select('language', '')
    expect(
      await emu.page.$eval('iframe[name="tv"]', (frame) => (frame as HTMLIFrameElement).src),
    ).not.toMatch(/lang=/)
    expect(emu.errors).toEqual([])
  })

  it('on Tizen, Back arrives as 10009 and the app treats it as Back', async () => {
    const emu = await emulators.open()
    await emu.select('platform', 'tizen')
    expect(await emu.tv().evaluate(() => window.location.search)).toBe('?platform=tizen&inspector')
    await emu.waitForFocus(HOME_FOCUS)
    await emu.recordKeys()
    const back = await emu.click('back')
    expect(await emu.recordedKeys()).toEqual(['keydown:10009', 'keyup:10009'])
    // Back on Home asks before leaving: the app mapped 10009 to Back.
    expect(back).toMatchObject({ code: '10009', focus: 'exit-no' })
    // A desktop remote's Back (Backspace, 8) means nothing on Tizen.
    expect((await emu.page.$eval('[data-key="back"]', (b) => b.getAttribute('data-code'))) ?? '').toBe(
      '10009',
    )
    await emu.click('ok')
    await emu.waitForFocus(HOME_FOCUS)
  })

  it('the keyboard presses the remote: Backspace on webOS sends 461', async () => {
    const emu = await emulators.open({ query: { platform: 'webos' } })
    await emu.waitForFocus(HOME_FOCUS)
    await emu.recordKeys()
    await emu.page.keyboard.press('Backspace')
    await emu.waitForLog(1)
    expect(await emu.recordedKeys()).toEqual(['keydown:461', 'keyup:461'])
    await emu.waitForFocus('exit-no')
  })

  it('a held button repeats like a remote: repeated keydowns, then one keyup', async () => {
    const emu = await emulators.open()
    await emu.waitForFocus(HOME_FOCUS)
    await emu.recordKeys()
    const line = await emu.hold('right', 1500)
    const keys = await emu.recordedKeys()
    expect(keys[0]).toBe('keydown:39')
    expect(keys.slice(1, -1).length).toBeGreaterThan(0)
    expect(new Set(keys.slice(1, -1))).toEqual(new Set(['keydown:39:repeat']))
    expect(keys.at(-1)).toBe('keyup:39')
    expect(line.text).toMatch(/^Right \(39\) held \d+ ms, \d+ repeats → home · /)
  })

  it('buttons a platform lacks are disabled, and titles say what each sends', async () => {
    const emu = await emulators.open({ query: { platform: 'firetv' } })
    const state = (key: string) =>
      emu.page.$eval(`[data-key="${key}"]`, (b) => ({
        disabled: (b as HTMLButtonElement).disabled,
        title: b.getAttribute('title'),
      }))
    expect(await state('back')).toEqual({ disabled: false, title: 'Back: sends keyCode 4' })
    expect((await state('menu')).disabled).toBe(true)
    expect((await state('red')).disabled).toBe(true)
    await emu.select('platform', 'tizen')
    expect(await state('red')).toEqual({ disabled: false, title: 'Red: sends keyCode 403' })
    const keys = await emu.page.$$eval('.remote [data-key]', (buttons) =>
      buttons.map((b) => b.getAttribute('data-key')),
    )
    expect(keys.sort()).toEqual(
      [
        ...['up', 'down', 'left', 'right', 'ok', 'back', 'exit', 'home', 'play-pause', 'rewind'],
        ...['fast-forward', 'channel-up', 'channel-down', 'menu', 'red', 'green', 'yellow', 'blue'],
        ...['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
      ].sort(),
    )
  })

  it('shows the TV home screen when the app exits, and relaunches it', async () => {
    const emu = await emulators.open({ query: { platform: 'tizen' } })
    await emu.waitForFocus(HOME_FOCUS)
    const exit = await emu.click('exit')
    expect(exit.code).toBe('10182')
    expect(exit.text).toMatch(/Lightwire exited \(sdk\.closeApp on tizen\)/)
    await emu.page.waitForSelector('.home-screen:not([hidden])')
    expect(await emu.page.textContent('.home-reason')).toMatch(/Lightwire exited/)
    await emu.screenshot('emulator-exit-home-screen')
    await emu.restarting(() => emu.page.click('[data-action="relaunch"]'))
    expect(await emu.focusedId()).toMatch(HOME_FOCUS)
    // Home is the system's: no key reaches the app, the TV home screen shows.
    await emu.recordKeys()
    const home = await emu.click('home')
    expect(home).toMatchObject({ code: '' })
    await emu.page.waitForSelector('.home-screen:not([hidden])')
    // The exit dialog's way out too.
    await emu.restarting(() => emu.page.click('[data-action="relaunch"]'))
    await emu.click('back')
    await emu.click('right')
    expect(await emu.focusedId()).toBe('exit-yes')
    await emu.click('ok')
    await emu.page.waitForSelector('.home-screen:not([hidden])')
  })

  it('switching platform restarts the app where it was', async () => {
    const emu = await emulators.open()
    await emu.waitForFocus(HOME_FOCUS)
    await emu.click('menu')
    expect(await emu.screen()).toBe('settings')
    await emu.select('platform', 'webos')
    expect(await emu.screen()).toBe('settings')
    expect(await emu.tv().evaluate(() => window.location.search)).toBe('?platform=webos&inspector')
    expect(await emu.page.textContent('.log')).toContain('App started: webos, 1080p, at #settings')
  })

  it('copies the key log as a test in the e2e harness style', async () => {
    const emu = await emulators.open({ query: { platform: 'tizen' } })
    const start = await emu.focusTile()
    const down = await emu.waitForLog(1)
    const right = await emu.click('right')
    await emu.click('back')
    await emu.click('ok')
    await emu.page.click('[data-action="copy-script"]')
    const script = await emu.page.inputValue('textarea[name="test-script"]')
    expect(script).toContain("const tv = await tvs.open({ query: { platform: 'tizen' } })")
    expect(script).toContain(`  await tv.press('Down')\n  expect(await tv.focusedId()).toBe('${down.focus}')`)
    expect(script).toContain(
      `  await tv.press('Right')\n  expect(await tv.focusedId()).toBe('${right.focus}')`,
    )
    expect(script).toContain(
      "  await tv.press(10009) // Back\n  expect(await tv.focusedId()).toBe('exit-no')",
    )
    expect(script).toContain(
      `  await tv.press('Enter')\n  expect(await tv.focusedId()).toBe('${right.focus}')`,
    )
    expect(start).not.toBe(right.focus)
  })

  it('switches the TV to the legacy build and back, and the remote drives it the same', async () => {
    const emu = await emulators.open({ query: { platform: 'rdk' } })
    await emu.select('build', 'legacy')
    const src = await emu.page.$eval('iframe[name="tv"]', (frame) => (frame as HTMLIFrameElement).src)
    // A switch restarts the app where it was (#home).
    expect(src).toMatch(/\/emulator\/tv\/legacy\/\?platform=rdk&inspector(#home)?$/)
    // The ES5 bundle runs: SystemJS started it, no module script is in the page.
    const scripts = await emu
      .tv()
      .evaluate(() =>
        Array.from(
          document.scripts,
          (script) => `${script.type || 'classic'} ${script.src.split('/').pop()}`,
        ),
      )
    expect(scripts).toContain('classic legacy-start.js')
    expect(scripts.some((script) => script.startsWith('module'))).toBe(false)
    const first = await emu.focusTile()
    const right = await emu.click('right')
    expect(right.focus).toMatch(/^tile-/)
    expect(right.focus).not.toBe(first)
    await emu.select('build', 'modern')
    expect(await emu.page.$eval('iframe[name="tv"]', (frame) => (frame as HTMLIFrameElement).src)).toMatch(
      /\/emulator\/tv\/\?platform=rdk&inspector(#[\w/-]+)?$/,
    )
    expect(emu.errors).toEqual([])
  })
})
