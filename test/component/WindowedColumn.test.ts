import type { Lightning } from '@lightningjs/sdk'
import { afterEach, describe, expect, it } from 'vitest'
import { testId } from '../../src/ui/automation'
import { child } from '../../src/ui/child'
import { Skeleton } from '../../src/ui/Skeleton'
import { type ColumnEntry, WindowedColumn } from '../../src/ui/WindowedColumn'
import { type Mounted, mount } from './harness/mount'

function entry(key: string, focusable = true, height = 400): ColumnEntry {
  return {
    key,
    height,
    focusable,
    create: () => ({ type: Skeleton, w: 100, h: height, ...testId(key) }) as Lightning.Element.PatchTemplate,
  }
}

describe('WindowedColumn', () => {
  let view: Mounted<WindowedColumn>
  afterEach(() => view.destroy())

  function show(entries: ColumnEntry[], focusKey?: string) {
    view = mount(WindowedColumn, { layout: { viewportH: 900, anchor: 24, gap: 40, overscan: 400 } })
    view.subject.setEntries(entries, focusKey)
    view.frame()
  }

  it('moves between focusable entries, skipping the others, and lets the ends bubble', () => {
    show([entry('a'), entry('b', false), entry('c')])
    expect(view.focusedTestId()).toBe('a')
    view.press('Down')
    expect(view.focusedTestId()).toBe('c')
    expect(view.subject._handleDown()).toBe(false)
    view.press('Up')
    expect(view.focusedTestId()).toBe('a')
    expect(view.subject._handleUp()).toBe(false)
  })

  it('scrolls the focused entry to the anchor and keeps only nearby entries alive', () => {
    show(Array.from({ length: 20 }, (_, i) => entry(`e${i}`)))
    view.press('Down', 10)
    expect(view.focusedTestId()).toBe('e10')
    expect(child(view.subject, 'Content').y).toBe(-(10 * 440))
    expect(view.subject.renderedKeys()).toEqual(['e9', 'e10', 'e11', 'e12'])
  })

  it('lands where it is told when an unanimated move interrupts a smooth scroll', () => {
    show(Array.from({ length: 6 }, (_, i) => entry(`e${i}`)))
    // Down starts a smooth scroll towards e1; before any frame runs, focus jumps back to e0 unanimated (as
    // when Home redraws with the viewer's row while the scroll from the last key is still under way).
    expect(view.subject._handleDown()).toBe(true)
    expect(view.subject.select('e0', false)).toBe(true)
    view.frame(3)
    expect(view.focusedTestId()).toBe('e0')
    expect(child(view.subject, 'Content').y).toBe(0)
  })

  it('keeps focus on its key through an update, or moves to the nearest focusable entry', () => {
    show([entry('a'), entry('b'), entry('c')], 'b')
    expect(view.focusedTestId()).toBe('b')
    const kept = view.subject.elementFor('b')
    view.subject.setEntries([entry('new'), entry('a'), entry('b'), entry('c')])
    view.frame()
    expect(view.focusedTestId()).toBe('b')
    expect(view.subject.elementFor('b')).toBe(kept)
    view.subject.setEntries([entry('new'), entry('a'), entry('c')])
    view.frame()
    expect(view.focusedTestId()).toBe('c')
  })
})
