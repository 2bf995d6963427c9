/**
 * presentLastFrame on a real Lightning stage: after a frame that drew a change, exactly two redraws of the
 * same picture while idle (one asked for on the next idle frame, one on the first idle frame 200 ms after the
 * change), and nothing on an idle screen.
 * (Whether that is what WPE needs is shown on WPE itself: test/e2e/wpe.test.ts.)
 */
import { Lightning } from '@lightningjs/sdk'
import { afterEach, describe, expect, it } from 'vitest'
import { onFrameEnd } from '../../src/platform/drawnFrames'
import { needsLastFramePresented } from '../../src/platform/lastFramePresentation'
import { presentLastFrame } from '../../src/platform/presentLastFrame'
import { defined } from '../defined'
import { type Mounted, mount } from './harness/mount'

class Box extends Lightning.Component {
  static override _template(): Lightning.Component.Template {
    return { Square: { rect: true, w: 100, h: 100, color: 0xffffffff } }
  }
}

describe('presentLastFrame', () => {
  let mounted: Mounted<Box> | undefined
  afterEach(() => mounted?.destroy())

  function setUp() {
    mounted = mount(Box)
    mounted.frame(3)
    let clock = 0
    const drawn: boolean[] = []
    onFrameEnd(mounted.app.stage, (wasDrawn) => drawn.push(wasDrawn))
    const stop = presentLastFrame(mounted.app.stage, () => clock)
    return { box: mounted.subject, frame: mounted.frame, drawn, stop, advance: (ms: number) => (clock += ms) }
  }

  it('draws nothing more on an idle screen', () => {
    const { frame, drawn } = setUp()
    frame(10)
    expect(drawn).toEqual(Array(10).fill(false))
  })

  it('redraws the finished picture once at once and once more after it has settled', () => {
    const { box, frame, drawn, advance } = setUp()
    defined(box.tag('Square'), 'Square').x = 50
    frame() // draws the change
    frame() // idle: asks for the first redraw…
    frame(3) // …drawn here; then idle, too soon for the second
    advance(250)
    frame() // idle, 250 ms on: asks for the second redraw…
    frame(5) // …drawn here, and then nothing
    expect(drawn).toEqual([true, false, true, false, false, false, true, false, false, false, false])
  })

  it('counts the settling time from the last change', () => {
    const { box, frame, drawn, advance } = setUp()
    defined(box.tag('Square'), 'Square').x = 50
    frame(2) // the change; asks for a redraw
    advance(100)
    defined(box.tag('Square'), 'Square').x = 60
    frame(2) // the redraw and the new change in one frame; asks for a redraw
    advance(150) // 250 ms after the first change, 150 after the second
    frame() // the first redraw only
    advance(100)
    frame(3) // now the second: asked, drawn, then idle
    expect(drawn).toEqual([true, false, true, false, true, false, true, false])
  })

  it('stops when asked', () => {
    const { box, frame, drawn, stop } = setUp()
    stop()
    defined(box.tag('Square'), 'Square').x = 50
    frame(3)
    expect(drawn).toEqual([true, false, false])
  })
})

describe('needsLastFramePresented', () => {
  const none = new URLSearchParams()
  it('is on for WebKit engines without Chromium: WPE, Safari', () => {
    const wpe =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Safari/605.1.15'
    expect(needsLastFramePresented(wpe, none)).toBe(true)
    expect(needsLastFramePresented(`${wpe} WPE`, none)).toBe(true)
  })

  it('is off for Chromium-based engines (Tizen, webOS, desktop) and others', () => {
    const tizen =
      'Mozilla/5.0 (SMART-TV; Linux; Tizen 6.0) AppleWebKit/537.36 (KHTML, like Gecko) 85.0.4183.93/6.0 TV Safari/537.36 Chrome/85.0.4183.93'
    const chrome =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36'
    expect(needsLastFramePresented(tizen, none)).toBe(false)
    expect(needsLastFramePresented(chrome, none)).toBe(false)
    expect(
      needsLastFramePresented('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', none),
    ).toBe(false)
  })

  it('follows ?present=always|never', () => {
    expect(needsLastFramePresented('Firefox', new URLSearchParams('present=always'))).toBe(true)
    expect(needsLastFramePresented('AppleWebKit/605.1.15', new URLSearchParams('present=never'))).toBe(false)
  })
})
