/**
 * showCanvasWithFirstFocus on a real Lightning stage: the canvas joins the page at the end of the first frame
 * in which focus has reached an element with an automation id, not before; a start that never gets there
 * shows the canvas after a fallback delay.
 */
import { Lightning } from '@lightningjs/sdk'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { showCanvasWithFirstFocus } from '../../src/platform/showCanvas'
import { setTestId } from '../../src/ui/automation'
import { type Mounted, mount } from './harness/mount'

class Focusable extends Lightning.Component {}

class Screen extends Lightning.Component {
  ready = false
  static override _template(): Lightning.Component.Template {
    return { Button: { type: Focusable, w: 100, h: 100 } }
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.ready ? (this.tag('Button') as Lightning.Component) : undefined
  }
}

describe('showCanvasWithFirstFocus', () => {
  let mounted: Mounted<Screen> | undefined
  afterEach(() => {
    mounted?.destroy()
    vi.useRealTimers()
  })

  /** A stage whose screen focuses nothing yet, three frames in: the canvas is not in the page. */
  function started() {
    mounted = mount(Screen)
    const parent = document.createElement('div')
    const canvas = document.createElement('canvas')
    let shown = false
    void showCanvasWithFirstFocus(mounted.app, canvas, parent).then(() => {
      shown = true
    })
    mounted.frame(3)
    expect(canvas.parentElement).toBeNull()
    return { mounted, parent, canvas, wasShown: () => shown }
  }

  it('adds the canvas with the first frame whose focus has an automation id, then resolves', async () => {
    const { mounted, parent, canvas, wasShown } = started()
    await Promise.resolve()
    expect(wasShown()).toBe(false)

    const button = mounted.subject.tag('Button') as Lightning.Element
    setTestId(button, 'ready-button')
    mounted.subject.ready = true
    mounted.subject._refocus()
    mounted.frame()
    expect(canvas.parentElement).toBe(parent)
    await Promise.resolve()
    expect(wasShown()).toBe(true)
  })

  it('shows the canvas anyway when nothing ever takes focus', () => {
    vi.useFakeTimers()
    const { parent, canvas } = started()
    vi.advanceTimersByTime(3000)
    expect(canvas.parentElement).toBe(parent)
  })
})
