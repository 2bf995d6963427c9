import { Lightning } from '@lightningjs/sdk'
import { child } from './child'
import { settle } from './motion'
import { itemsInSpan, renderWindow, stackStarts } from './windowing'

/** One row of a column: its height, whether it takes focus, and how to make/refresh its element. */
export interface ColumnEntry {
  /** Stable across updates (a section id, `hero`…): focus and elements follow the key. */
  key: string
  height: number
  focusable: boolean
  /** A template for the entry's element, created only when it comes near the viewport. */
  create(): Lightning.Element.PatchTemplate
  /** Brings an existing element up to date when the entry's data changed. */
  update?(element: Lightning.Component): void
}

export interface ColumnLayout {
  /** Height of the visible area. */
  viewportH: number
  /** The focused entry's top, measured from the top of the visible area. */
  anchor: number
  gap: number
  /** Pixels beyond each side of the view in which entries are kept alive. */
  overscan: number
  /** Left edge of the entries inside the column (a full-width column lets rows peek past both edges). */
  inset?: number
}

interface WindowedColumnSpec extends Lightning.Component.TemplateSpec {
  layout: ColumnLayout
  Content: object
}

/**
 * A vertical, windowed list of rows: only entries in or near the viewport exist as elements (a feed of 20
 * sections keeps 3–4 rows alive). Up/Down move between focusable entries, skipping the rest (loading rows),
 * and scroll so the focused entry's top sits at `layout.anchor`. Up on the first focusable entry and Down on
 * the last are not handled, so they bubble to the page (e.g. to the header).
 */
export class WindowedColumn
  extends Lightning.Component<WindowedColumnSpec>
  implements Lightning.Component.ImplementTemplateSpec<WindowedColumnSpec>
{
  layout: ColumnLayout = { viewportH: 1080, anchor: 0, gap: 0, overscan: 600 }
  private entries: ColumnEntry[] = []
  private tops: number[] = []
  private _focusKey: string | undefined
  private readonly rendered = new Map<string, Lightning.Component>()
  /** Told when the focused entry changes. */
  onFocusChange: ((key: string | undefined) => void) | undefined

  static override _template(): Lightning.Component.Template<WindowedColumnSpec> {
    return { Content: {} }
  }

  /**
   * Replaces the entries. Elements of entries that are still there are kept and `update`d; focus stays on
   * `focusKey` (default: the current key), or the nearest focusable entry if that one is gone or unfocusable.
   */
  setEntries(entries: ColumnEntry[], focusKey = this._focusKey): void {
    const previousPosition = this.positionOf(this._focusKey)
    this.entries = entries
    this.tops = stackStarts(
      entries.map((entry) => entry.height),
      this.layout.anchor,
      this.layout.gap,
    )
    const keys = new Set(entries.map((entry) => entry.key))
    for (const [key, element] of this.rendered) {
      if (!keys.has(key)) this.drop(key, element)
    }
    // Elements that exist already need `update`; the ones created below get it when they are made.
    const existing = new Set(this.rendered.keys())
    const wanted = this.positionOf(focusKey)
    const target =
      wanted >= 0 && entries[wanted]?.focusable
        ? wanted
        : this.nearestFocusable(Math.max(0, previousPosition))
    this.setFocusPosition(target, false)
    for (const entry of entries) {
      const element = existing.has(entry.key) ? this.rendered.get(entry.key) : undefined
      if (element) entry.update?.(element)
    }
    this._refocus()
  }

  get focusKey(): string | undefined {
    return this._focusKey
  }

  /** Focuses the entry with this key (if it is focusable). */
  select(key: string, animate = true): boolean {
    const position = this.positionOf(key)
    if (position < 0 || !this.entries[position]?.focusable) return false
    this.setFocusPosition(position, animate)
    this._refocus()
    return true
  }

  elementFor(key: string): Lightning.Component | undefined {
    return this.rendered.get(key)
  }

  renderedKeys(): string[] {
    return this.entries.filter((entry) => this.rendered.has(entry.key)).map((entry) => entry.key)
  }

  override _getFocused(): Lightning.Component | undefined {
    return this._focusKey === undefined ? undefined : this.rendered.get(this._focusKey)
  }

  override _handleUp(): boolean {
    return this.step(-1)
  }

  override _handleDown(): boolean {
    return this.step(1)
  }

  private step(direction: 1 | -1): boolean {
    let position = this.positionOf(this._focusKey) + direction
    while (position >= 0 && position < this.entries.length) {
      if (this.entries[position]?.focusable) {
        this.setFocusPosition(position, true)
        this._refocus()
        return true
      }
      position += direction
    }
    return false
  }

  private setFocusPosition(position: number, animate: boolean): void {
    const entry = this.entries[position]
    const key = entry?.focusable ? entry.key : undefined
    const changed = key !== this._focusKey
    this._focusKey = key
    const scrollY = entry ? (this.tops[position] ?? 0) - this.layout.anchor : 0
    settle(child(this, 'Content'), 'y', -scrollY, !animate)
    this.renderWindow(scrollY)
    if (changed) this.onFocusChange?.(key)
  }

  private renderWindow(scrollY: number): void {
    const { viewportH, overscan } = this.layout
    const from = scrollY - overscan
    const to = scrollY + viewportH + overscan
    const content = child(this, 'Content')
    content.x = this.layout.inset ?? 0
    // The rows' width: a mirrored (RTL) layout places each row from the content's right edge.
    content.w = this.w - 2 * content.x
    const heights = this.entries.map((entry) => entry.height)
    // The near entries' positions, by key: renderWindow works with keys, the layout with positions.
    const positions = new Map<string, number>()
    for (const i of itemsInSpan(this.tops, heights, from, to)) {
      const entry = this.entries[i]
      if (entry) positions.set(entry.key, i)
    }
    const entryAt = (key: string) => this.entries[positions.get(key) ?? -1]
    const topAt = (key: string) => this.tops[positions.get(key) ?? -1] ?? 0
    renderWindow(content, this.rendered, [...positions.keys()], {
      make: (key) => this.stage.c({ ...entryAt(key)?.create(), y: topAt(key) }) as Lightning.Component,
      made: (element, key) => entryAt(key)?.update?.(element),
      kept: (element, key) => {
        element.y = topAt(key)
      },
    })
  }

  private drop(key: string, element: Lightning.Component): void {
    child(this, 'Content').childList.remove(element)
    this.rendered.delete(key)
  }

  private positionOf(key: string | undefined): number {
    return key === undefined ? -1 : this.entries.findIndex((entry) => entry.key === key)
  }

  /** The focusable entry closest to `position`, preferring the one after it (reading order), or -1. */
  private nearestFocusable(position: number): number {
    for (let distance = 0; distance < this.entries.length; distance++) {
      if (this.entries[position + distance]?.focusable) return position + distance
      if (this.entries[position - distance]?.focusable) return position - distance
    }
    return -1
  }
}
