import type { Lightning } from '@lightningjs/sdk'
import { afterEach, describe, expect, it } from 'vitest'
import { getTestId, testId } from '../../src/ui/automation'
import { Carousel, type CarouselSource } from '../../src/ui/Carousel'
import { child } from '../../src/ui/child'
import { Skeleton } from '../../src/ui/Skeleton'
import { type Mounted, mount } from './harness/mount'

/** 4 items of 360 + 28 fit in 1534; the fifth peeks. */
function source(count: number, extra: Partial<CarouselSource> = {}): CarouselSource {
  return {
    count,
    itemW: 360,
    gap: 28,
    viewW: 1534,
    overscan: 2,
    create: (i) =>
      ({ type: Skeleton, w: 360, h: 100, ...testId(`item-${i}`) }) as Lightning.Element.PatchTemplate,
    ...extra,
  }
}

describe('Carousel', () => {
  let view: Mounted<Carousel>
  afterEach(() => view.destroy())

  function show(count: number, index = 0, extra: Partial<CarouselSource> = {}) {
    view = mount(Carousel)
    view.subject.setSource(source(count, extra), index)
    view.frame()
  }

  it('focuses the given item and moves one item per Left/Right', () => {
    show(10, 2)
    expect(view.focusedTestId()).toBe('item-2')
    view.press('Right')
    expect(view.focusedTestId()).toBe('item-3')
    view.press('Left', 2)
    expect(view.focusedTestId()).toBe('item-1')
  })

  it('does not handle Left on the first item or Right on the last, so the keys bubble up', () => {
    show(3)
    expect(view.subject._handleLeft()).toBe(false)
    view.press('Right', 5)
    expect(view.focusedTestId()).toBe('item-2')
    expect(view.subject._handleRight()).toBe(false)
  })

  it('creates only the items near the view, however long the row', () => {
    show(200)
    expect(view.subject.renderedIndexes()).toEqual([0, 1, 2, 3, 4, 5, 6])
    view.press('Right', 100)
    expect(view.focusedTestId()).toBe('item-100')
    const rendered = view.subject.renderedIndexes()
    expect(rendered.length).toBeLessThanOrEqual(9)
    expect(rendered).toContain(100)
    expect(rendered[0]).toBeGreaterThanOrEqual(96)
  })

  it('draws a key’s frame with the focus move alone, and makes the items coming near in the frame after', () => {
    show(10, 1)
    expect(view.subject.renderedIndexes()).toEqual([0, 1, 2, 3, 4, 5, 6])
    view.press('Right')
    expect(view.focusedTestId()).toBe('item-2')
    expect(view.subject.renderedIndexes()).toEqual([0, 1, 2, 3, 4, 5, 6])
    view.frame()
    expect(view.subject.renderedIndexes()).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
  })

  it('loads the textures of the items it keeps off screen, so they are ready before they scroll in', () => {
    show(10)
    // Items 0–6 exist; 6 starts at 6 × 388 = 2328 px, beyond Lightning's own 100 px past the screen.
    const items = child(view.subject, 'Track').children
    expect(view.subject.renderedIndexes()).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(items).toHaveLength(7)
    for (const item of items) expect(item.core._withinBoundsMargin).toBe(true)
  })

  it('scrolls so the focused item sits in the second slot and never leaves the view', () => {
    show(20)
    const track = child(view.subject, 'Track')
    view.press('Right')
    expect(track.x).toBe(0)
    view.press('Right', 5)
    // Focus on item 6: item 5 is the first visible, one item of context on the left.
    expect(track.x).toBe(-5 * 388)
    for (let i = 0; i < 20; i++) {
      const focusedX = view.subject.index * 388 + track.x
      expect(focusedX).toBeGreaterThanOrEqual(0)
      expect(focusedX + 360).toBeLessThanOrEqual(1534)
      view.press('Right')
    }
    // At the end the last item sits in the last slot: no empty space after the row.
    expect(view.subject.index).toBe(19)
    expect(track.x).toBe(-(20 - 4) * 388)
  })

  it('lands where it is told when an unanimated select interrupts a smooth scroll', () => {
    show(20, 10)
    const track = child(view.subject, 'Track')
    // Right starts a smooth scroll; before a frame runs, the row is put back on item 0 unanimated (as when
    // Home restores a row's remembered tile).
    expect(view.subject._handleRight()).toBe(true)
    view.subject.select(0, false)
    view.frame(3)
    expect(view.focusedTestId()).toBe('item-0')
    // -0 for item 0 (its x is minus zero widths).
    expect(Math.abs(track.x)).toBe(0)
  })

  it('tells who is listening when the focused index changes', () => {
    show(5)
    const seen: number[] = []
    view.subject.onIndexChange = (index) => seen.push(index)
    view.press('Right', 2)
    view.press('Left')
    expect(seen).toEqual([1, 2, 1])
  })

  it('keeps and updates its elements when the source is refreshed, clamping the focus', () => {
    const updated: number[] = []
    show(10, 8, { update: (_element, i) => updated.push(i) })
    const before = view.subject.elementAt(8)
    updated.length = 0
    view.subject.setSource(source(9, { update: (_element, i) => updated.push(i) }), 8)
    view.frame()
    expect(view.subject.elementAt(8)).toBe(before)
    expect(updated).toContain(8)
    view.subject.setSource(source(5), 8)
    view.frame()
    expect(view.subject.index).toBe(4)
    expect(getTestId(view.focused())).toBe('item-4')
  })
})
