/**
 * The emulator's "Voice guidance" switch and "Spoken" panel (issue 14): the switch restarts the app with
 * `?guidance=on`, and each phrase the app speaks is listed, newest first. The panel listens to the app's own
 * `lightwire:speech` events, so it works although headless Chromium has no voices to speak with.
 */
import { describe, expect, it } from 'vitest'
import { useEmulator } from './harness/emulator'

const spokenList = (emu: { page: import('playwright-core').Page }) =>
  emu.page.$$eval('.speech-log li', (items) => items.map((item) => item.textContent ?? ''))

describe('emulator: voice guidance', () => {
  const emulators = useEmulator()

  it('the switch turns guidance on in the TV, and the panel shows each phrase as it is spoken', async () => {
    const emu = await emulators.open()
    expect(await spokenList(emu)).toEqual([])
    await emu.restarting(() => emu.setChecked('guidance', true))
    const src = await emu.page.$eval('iframe[name="tv"]', (frame) => (frame as HTMLIFrameElement).src)
    expect(src).toMatch(/guidance=on/)
    await emu.page.waitForFunction(() => document.querySelectorAll('.speech-log li').length > 0)
    await emu.focusTile()
    await emu.click('right')
    await emu.page.waitForFunction(() =>
      /\d+ of \d+/.test(document.querySelector('.speech-log li')?.textContent ?? ''),
    )
    const [newest] = await spokenList(emu)
    expect(newest).toMatch(/, 2 of \d+, /)
    await emu.page.screenshot({ path: 'test-results/screenshots/emulator-spoken.png' })
    expect(emu.errors).toEqual([])
  })
})
