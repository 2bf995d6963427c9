import type { Lightning } from '@lightningjs/sdk'

/**
 * Windowing, shared by ui/Carousel (a row of same-size tiles, by index) and ui/WindowedColumn (rows of varying
 * height, by pixels): only the items in or near the view exist as elements. The functions that decide which
 * items those are are pure (unit-tested in node); `renderWindow` makes the element tree match.
 */

/** A run of item indexes, `first` to `last` inclusive (empty when `last < first`). */
export interface IndexRange {
  first: number
  last: number
}

/**
 * The items to keep for a row whose first wholly visible item is `firstVisible`: the `slots` that fit, the
 * one peeking past the edge, and `overscan` more on each side, within `count`.
 */
export function indexWindow(
  firstVisible: number,
  slots: number,
  overscan: number,
  count: number,
): IndexRange {
  return {
    first: Math.max(0, firstVisible - overscan),
    last: Math.min(count - 1, firstVisible + slots + overscan),
  }
}

/** The indexes in a range, in order. */
export function indexesOf(range: IndexRange): number[] {
  const indexes: number[] = []
  for (let i = range.first; i <= range.last; i++) indexes.push(i)
  return indexes
}

/** Each item's start along the list when they are stacked from `start` with `gap` between them. */
export function stackStarts(sizes: readonly number[], start: number, gap: number): number[] {
  let next = start
  return sizes.map((size) => {
    const at = next
    next += size + gap
    return at
  })
}

/** The indexes of the items (at `starts`, `sizes` long) that reach into the span `from`–`to`, edges included. */
export function itemsInSpan(
  starts: readonly number[],
  sizes: readonly number[],
  from: number,
  to: number,
): number[] {
  const near: number[] = []
  sizes.forEach((size, i) => {
    const start = starts[i] ?? 0
    if (start + size >= from && start <= to) near.push(i)
  })
  return near
}

/** What to change so that exactly the `wanted` keys are rendered: which to drop, which to make (in order). */
export function windowChange<K>(rendered: Iterable<K>, wanted: readonly K[]): { drop: K[]; make: K[] } {
  const want = new Set(wanted)
  const have = new Set(rendered)
  return {
    drop: [...have].filter((key) => !want.has(key)),
    make: wanted.filter((key) => !have.has(key)),
  }
}

/**
 * Makes `host`'s children those of the `wanted` keys: drops the others, appends the missing ones in `wanted`
 * order (`make` creates one, `made` is told after it is added) and tells `kept` about the ones that stay.
 */
export function renderWindow<K>(
  host: Lightning.Element,
  rendered: Map<K, Lightning.Component>,
  wanted: readonly K[],
  hooks: {
    make(key: K): Lightning.Component
    made?(element: Lightning.Component, key: K): void
    kept?(element: Lightning.Component, key: K): void
  },
): void {
  const change = windowChange(rendered.keys(), wanted)
  for (const key of change.drop) {
    const element = rendered.get(key)
    if (element) host.childList.remove(element)
    rendered.delete(key)
  }
  const making = new Set(change.make)
  for (const key of wanted) {
    const existing = rendered.get(key)
    if (existing && !making.has(key)) {
      hooks.kept?.(existing, key)
      continue
    }
    const element = hooks.make(key)
    host.childList.a(element)
    rendered.set(key, element)
    hooks.made?.(element, key)
  }
}
