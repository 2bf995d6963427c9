import { describe, expect, it } from 'vitest'
import { indexesOf, indexWindow, itemsInSpan, stackStarts, windowChange } from '../../../src/ui/windowing'

describe('indexWindow (a carousel)', () => {
  it('keeps the visible slots, the peeking item and the overscan on each side', () => {
    // Four slots from item 10, one item of overscan: 9 … 15 (15 = 10 + 4 peeking + 1 overscan).
    expect(indexWindow(10, 4, 1, 200)).toEqual({ first: 9, last: 15 })
  })

  it('stops at the ends of the row', () => {
    expect(indexWindow(0, 4, 1, 200)).toEqual({ first: 0, last: 5 })
    expect(indexWindow(196, 4, 1, 200)).toEqual({ first: 195, last: 199 })
    expect(indexWindow(0, 4, 1, 3)).toEqual({ first: 0, last: 2 })
  })

  it('is empty for an empty row', () => {
    expect(indexesOf(indexWindow(0, 4, 1, 0))).toEqual([])
  })
})

describe('stackStarts and itemsInSpan (a column of rows of differing heights)', () => {
  const starts = stackStarts([500, 400, 400, 400], 200, 40)

  it('stacks items from the start with the gap between them', () => {
    expect(starts).toEqual([200, 740, 1180, 1620])
  })

  it('keeps the items that reach into the span, edges included', () => {
    expect(itemsInSpan(starts, [500, 400, 400, 400], 0, 1180)).toEqual([0, 1, 2])
    // Item 0 ends at exactly 700: touching the span's edge keeps it.
    expect(itemsInSpan(starts, [500, 400, 400, 400], 700, 1000)).toEqual([0, 1])
    expect(itemsInSpan(starts, [500, 400, 400, 400], 2100, 3000)).toEqual([])
  })
})

describe('windowChange', () => {
  it('drops what left the window and makes what entered it, in the wanted order', () => {
    expect(windowChange([3, 4, 5, 6], [5, 6, 7, 8])).toEqual({ drop: [3, 4], make: [7, 8] })
    expect(windowChange(['hero', 'top'], ['live', 'hero', 'top'])).toEqual({ drop: [], make: ['live'] })
    expect(windowChange([], [])).toEqual({ drop: [], make: [] })
  })
})
