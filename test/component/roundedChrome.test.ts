/**
 * The dialog, badge, QR plate, reader chips and panels, settings pills and live panels are drawn with shared
 * rounded textures (src/ui/rounded.ts) or rounded panels (src/ui/roundedPanel.ts), not Lightning's
 * RoundedRectangle shader: that shader works out the corners for every pixel of every frame, and every child
 * without a shader of its own (text included) is drawn through it too.
 */

import type { Lightning } from '@lightningjs/sdk'
import { afterEach, describe, expect, it } from 'vitest'
import { TEXT_SIZES } from '../../src/data/textSize'
import { LiveMessage } from '../../src/pages/live/LiveMessage'
import { Pill } from '../../src/pages/settings/Pill'
import { TextSizeControl } from '../../src/pages/story/TextSizeControl'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { child } from '../../src/ui/child'
import { LiveBadge } from '../../src/ui/LiveBadge'
import { QrCode } from '../../src/ui/QrCode'
import { colors } from '../../src/ui/theme'
import { type Mounted, mount } from './harness/mount'

/** Every element under `root` (itself included) that has a shader of its own. */
function shaded(root: Lightning.Element): Lightning.Element[] {
  const found = root.shader ? [root] : []
  for (const child of root.children) found.push(...shaded(child))
  return found
}

/** The drawn size of an element's rounded texture (the shape plus Tools.getRoundRect's 1 px padding). */
function textureSize(element: Lightning.Element): [number, number] {
  return [element.renderWidth, element.renderHeight]
}

describe('rounded chrome without the corner shader', () => {
  let view: Mounted<Lightning.Component>
  afterEach(() => view.destroy())

  it('draws the exit dialog, live badge and QR plate without a shader', () => {
    view = mount(ConfirmDialog)
    expect(shaded(view.subject)).toEqual([])
    view.destroy()
    view = mount(LiveBadge)
    view.frame(2)
    expect(shaded(view.subject)).toEqual([])
    view.destroy()
    const qr = mount(QrCode, { size: 200, url: 'https://news.example.org/world/a-story' })
    view = qr
    view.frame()
    expect(shaded(view.subject)).toEqual([])
    const plate = child(qr.subject, 'Plate')
    expect(textureSize(plate)).toEqual([202, 202])
    expect([plate.x, plate.y]).toEqual([-1, -1])
  })

  it('lights a text size chip by tinting its rounded box, and keeps its scale on the chip', () => {
    view = mount(TextSizeControl, { size: 'M' })
    const control = view.subject as TextSizeControl
    control._focus()
    view.frame()
    expect(shaded(control)).toEqual([])
    const chips = TEXT_SIZES.map((size) => child(control, `Options.${size}`))
    expect(chips.map((chip) => child(chip, 'Box').color)).toEqual([
      colors.surface,
      colors.accent,
      colors.surface,
    ])
    expect(chips[1]?.scale).toBeGreaterThan(1)
  })

  it('re-makes a pill’s rounded box for its width and moves the focus colour to the box', () => {
    view = mount(Pill, { layoutWidth: 420, label: 'Reset' })
    view.frame()
    const pill = view.subject as Pill
    const box = child(pill, 'Box')
    expect(shaded(pill)).toEqual([])
    expect(textureSize(box)).toEqual([422, 74])
    expect(box.color).toBe(colors.accent)
    pill._unfocus()
    view.frame()
    expect(box.color).toBe(colors.surfaceHigh)
  })

  it('sizes the live message panel’s rounded box to the panel’s height', () => {
    view = mount(LiveMessage)
    const message = view.subject as LiveMessage
    message.show('A headline', 'A detail sentence.', { label: 'Retry', id: 'retry' })
    view.frame(2)
    const panel = child(message, 'Panel')
    expect(shaded(message)).toEqual([])
    // A rounded panel (src/ui/roundedPanel.ts): its parts are as tall as the panel.
    const box: Lightning.Element = child(panel, 'Box')
    expect([box.w, box.h]).toEqual([panel.w, panel.h])
    expect(['Start', 'Middle', 'End'].map((part) => box.tag(part)?.h)).toEqual([panel.h, panel.h, panel.h])
  })
})
