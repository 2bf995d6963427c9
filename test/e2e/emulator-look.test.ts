/**
 * What the emulator shows: the TV picture at 1080p and 720p in a desktop-sized window, the safe-area and
 * focus overlays placed where the app's own numbers say, and the FPS readout. Screenshots land in
 * test-results/screenshots/emulator-*.png (docs/screenshots/emulator.png is one of them).
 */
import { describe, expect, it } from 'vitest'
import { type Emulator, useEmulator } from './harness/emulator'
import { HOME_FOCUS } from './harness/screens'

/** A box inside the TV picture, as fractions of the picture. */
async function boxInScreen(emu: Emulator, selector: string) {
  return emu.page.evaluate((sel) => {
    // Runs in the page: no imports there, so missing elements are checked by hand.
    const screen = document.querySelector('.screen')?.getBoundingClientRect()
    const box = document.querySelector(sel)?.getBoundingClientRect()
    if (!screen || !box) throw new Error(`no .screen or ${sel} on the emulator page`)
    return {
      x: (box.left - screen.left) / screen.width,
      y: (box.top - screen.top) / screen.height,
      w: box.width / screen.width,
      h: box.height / screen.height,
    }
  }, selector)
}

/** The focused element's box inside the app, as fractions of the app's stage. */
async function focusedInStage(emu: Emulator) {
  return emu.tv().evaluate(() => {
    const node = document.querySelector('[focused="true"]')
    if (!node) throw new Error('nothing is focused in the app')
    let root: Element = node
    while (root.parentElement && root.parentElement !== document.body) root = root.parentElement
    const stage = root.getBoundingClientRect()
    const box = node.getBoundingClientRect()
    return {
      x: (box.left - stage.left) / stage.width,
      y: (box.top - stage.top) / stage.height,
      w: box.width / stage.width,
      h: box.height / stage.height,
    }
  })
}

const near = (a: number, b: number, within = 0.004) => Math.abs(a - b) <= within

// Each step drives a whole app in a scaled iframe: generous time on a loaded 2-core machine.
describe('browser TV emulator: picture and overlays', { timeout: 120_000 }, () => {
  const emulators = useEmulator()

  it('draws the safe areas where the theme puts them, at 1080p and at 720p', async () => {
    const emu = await emulators.open({ query: { 'safe-area': '0' } })
    await emu.waitForFocus(HOME_FOCUS)
    expect(await emu.page.isVisible('.safe-areas')).toBe(false)
    await emu.screenshot('emulator-1080p')
    await emu.setChecked('safe-area', true)
    expect(await emu.page.isVisible('.safe-areas')).toBe(true)
    for (const resolution of ['1080p', '720p'] as const) {
      if (resolution === '720p') await emu.select('resolution', '720p')
      const title = await boxInScreen(emu, '.safe-title')
      const action = await boxInScreen(emu, '.safe-action')
      expect([title.x, title.y, title.x + title.w, title.y + title.h].map((v) => v.toFixed(2))).toEqual(
        [192 / 1920, 106 / 1080, 1726 / 1920, 972 / 1080].map((v) => v.toFixed(2)),
      )
      expect([action.x, action.y, action.x + action.w, action.y + action.h].map((v) => v.toFixed(2))).toEqual(
        [96 / 1920, 53 / 1080, 1822 / 1920, 1023 / 1080].map((v) => v.toFixed(2)),
      )
      await emu.screenshot(`emulator-${resolution}-safe-area`)
    }
    await emu.setChecked('safe-area', false)
    await emu.screenshot('emulator-720p')
  })

  it('720p gives the app a 1280×720 window and stage, shown at the same size on the page', async () => {
    const emu = await emulators.open()
    await emu.waitForFocus(HOME_FOCUS)
    const shown1080 = await emu.page.$eval('.screen', (s) => s.getBoundingClientRect().width)
    expect(await emu.tv().evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([1920, 1080])
    await emu.select('resolution', '720p')
    expect(await emu.tv().evaluate(() => window.location.search)).toBe(
      '?platform=desktop&inspector&resolution=720p',
    )
    expect(await emu.tv().evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([1280, 720])
    const canvas = await emu
      .tv()
      .$eval('canvas', (c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height])
    expect(canvas).toEqual([1280, 720])
    expect(await emu.page.$eval('.screen', (s) => s.getBoundingClientRect().width)).toBeCloseTo(shown1080, 0)
    expect(await emu.page.textContent('.status')).toContain('1280×720 (precision 2/3)')
    // Focus still moves: the app lays out in 1920×1080 coordinates and Lightning scales.
    const before = await emu.focusTile()
    await emu.click('right')
    expect(await emu.focusedId()).not.toBe(before)
  })

  it('outlines the focused element with its automation id and follows focus', async () => {
    const emu = await emulators.open({ query: { 'focus-outline': '1' } })
    await emu.waitForFocus(HOME_FOCUS)
    const seen: string[] = []
    for (let step = 0; step < 2; step++) {
      const id = (await emu.focusedId()) ?? ''
      seen.push(id)
      await emu.page.waitForFunction(
        (text) => document.querySelector('.focus-label')?.textContent === text,
        id,
      )
      const outline = await boxInScreen(emu, '.focus-outline')
      const focused = await focusedInStage(emu)
      expect(near(outline.x, focused.x) && near(outline.y, focused.y)).toBe(true)
      expect(near(outline.w, focused.w) && near(outline.h, focused.h)).toBe(true)
      await emu.click('down')
    }
    expect(new Set(seen).size).toBe(2)
    await emu.setChecked('focus-outline', false)
    expect(await emu.page.isVisible('.focus-outline')).toBe(false)
  })

  it('reads out the frame rate from the app window', async () => {
    const emu = await emulators.open({ query: { fps: '1' } })
    await emu.waitForFocus(HOME_FOCUS)
    await emu.page.waitForFunction(() =>
      /^\d+ fps · [\d.]+ ms · worst \d+ ms$/.test(document.querySelector('.fps-readout')?.textContent ?? ''),
    )
    await emu.setChecked('fps', false)
    expect(await emu.page.isVisible('.fps-readout')).toBe(false)
  })
})
