/**
 * Large still fills are drawn as rounded panels (src/ui/roundedPanel.ts): a plain rect between two narrow
 * end strips, so Home's first frame draws, reads back and uploads no card-sized canvas.
 */
import type { Lightning } from '@lightningjs/sdk'
import { afterEach, describe, expect, it } from 'vitest'
import { child } from '../../src/ui/child'
import { Hero } from '../../src/ui/Hero'
import { PlaceholderImage } from '../../src/ui/PlaceholderImage'
import { roundedPanel } from '../../src/ui/roundedPanel'
import { Skeleton } from '../../src/ui/Skeleton'
import { colors, radius } from '../../src/ui/theme'
import { defined } from '../defined'
import { type Mounted, mount } from './harness/mount'

/** A panel's patch, read part by part. */
type PanelPatch = Record<string, { texture?: unknown } & Record<string, unknown>>
const panel = (...args: Parameters<typeof roundedPanel>) => roundedPanel(...args) as unknown as PanelPatch

/** A panel's part by name (a panel's parts are not in its parent's template spec). */
const partOf = (panel: Lightning.Element, name: string): Lightning.Element =>
  defined(panel.tag(name), `the panel's ${name}`)

/** Each part's [x, w, h] and whether it is drawn. */
function parts(panel: Lightning.Element): Record<string, [number, number, number, boolean]> {
  const out: Record<string, [number, number, number, boolean]> = {}
  for (const name of ['Start', 'Middle', 'End']) {
    const part = partOf(panel, name)
    out[name] = [part.x, part.w, part.h, part.visible]
  }
  return out
}

describe('rounded panels', () => {
  let view: Mounted<Lightning.Component> | undefined
  afterEach(() => {
    view?.destroy()
    view = undefined
  })

  it('lays a rect between end strips as wide as their larger corner, edge to edge', () => {
    const patch = panel(300, 120, [16, 0, 8, 4], colors.surface, 10, 20)
    expect([patch.x, patch.y, patch.w, patch.h, patch.rtl]).toEqual([10, 20, 300, 120, false])
    expect(patch.Start).toMatchObject({ x: 0, w: 16, h: 120, visible: true, color: colors.surface })
    expect(patch.Middle).toMatchObject({ x: 16, w: 276, h: 120, rect: true, color: colors.surface })
    expect(patch.End).toMatchObject({ x: 292, w: 8, h: 120, visible: true, color: colors.surface })
  })

  it('shares one strip texture between panels with the same ends, and none with square ends', () => {
    const a = panel(400, 200, radius.m, colors.surface)
    const b = panel(900, 200, radius.m, colors.backgroundRaised)
    const id = (part: { texture?: unknown } | undefined) =>
      (part?.texture as { content?: { lookupId?: string } } | undefined)?.content?.lookupId
    expect(id(a.Start)).toBeDefined()
    expect(id(a.Start)).toBe(id(b.Start))
    expect(id(a.Start)).not.toBe(id(a.End))
    const square = panel(400, 200, [radius.m, 0, 0, radius.m], colors.surface)
    expect(square.End).toEqual({ visible: false, texture: null })
  })

  it('draws the hero’s card as a panel with its rounded end on the outer side only', () => {
    const hero = mount(Hero)
    view = hero
    hero.frame()
    const body = child(hero.subject, 'Card.Body')
    const { Start, Middle, End } = parts(body)
    expect(Start).toEqual([0, radius.m, body.h, true])
    expect(End?.[3]).toBe(false)
    expect((Middle?.[1] ?? 0) + radius.m).toBe(body.w)
    expect(partOf(body, 'Middle').texture).toBe(hero.app.stage.rectangleTexture)
  })

  it('draws a placeholder’s mark over its panel, centred', () => {
    const image = mount(PlaceholderImage, { w: 360, h: 203, radius: [16, 16, 0, 0] })
    view = image
    image.frame()
    const placeholder = child(image.subject, 'Placeholder')
    expect(placeholder.children.map((part) => part.ref)).toEqual(['Start', 'Middle', 'End', 'Mark'])
    expect(parts(placeholder)).toEqual({
      Start: [0, 16, 203, true],
      Middle: [16, 328, 203, true],
      End: [344, 16, 203, true],
    })
    const mark = child(placeholder, 'Mark')
    expect([mark.x, mark.y]).toEqual([180, 101.5])
  })

  it('sizes a skeleton’s panel to the skeleton once it is on screen', () => {
    const skeleton = mount(Skeleton, { w: 360, h: 400 })
    view = skeleton
    skeleton.frame(2)
    const block = child(skeleton.subject, 'Block')
    const { Start, Middle, End } = parts(block)
    expect((Start?.[1] ?? 0) + (Middle?.[1] ?? 0) + (End?.[1] ?? 0)).toBe(360)
    expect([Start?.[2], Middle?.[2], End?.[2]]).toEqual([400, 400, 400])
  })
})
