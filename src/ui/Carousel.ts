import { Lightning } from '@lightningjs/sdk'
import { afterNextFrame } from './afterNextFrame'
import { child } from './child'
import { settle } from './motion'
import { indexesOf, indexWindow, renderWindow } from './windowing'

/** What a carousel shows: how many items, how big, and how to make/refresh the element for one index. */
export interface CarouselSource {
  count: number
  itemW: number
  gap: number
  /** Width in which items sit wholly; the next item peeks past it. */
  viewW: number
  /** Items kept alive beyond each side of the view (so smooth scrolling never shows a hole). */
  overscan: number
  /** A template for the element at `index`, created only when it comes near the view. */
  create(index: number): Lightning.Element.PatchTemplate
  /** Brings an existing element up to date when the data changed (refresh) without re-creating it. */
  update?(element: Lightning.Component, index: number): void
}

/** Lightning's default bounds margin (px beyond the screen within which textures load). */
const LIGHTNING_MARGIN = 100

interface CarouselSpec extends Lightning.Component.TemplateSpec {
  Track: object
}

/**
 * A horizontal, windowed list: only the items in or near the view exist as Lightning elements, so a row of
 * 200 stories costs what a row of 8 does. Left/Right move focus; the track scrolls smoothly so the focused
 * item sits in the second slot (one item of context on the left) and never leaves the view. Left on the
 * first item and Right on the last are not handled, so they bubble to the page.
 */
export class Carousel
  extends Lightning.Component<CarouselSpec>
  implements Lightning.Component.ImplementTemplateSpec<CarouselSpec>
{
  private source: CarouselSource | undefined
  private _index = 0
  private readonly rendered = new Map<number, Lightning.Component>()
  /** Told whenever the focused index changes (by a key or by `setSource`). */
  onIndexChange: ((index: number) => void) | undefined

  static override _template(): Lightning.Component.Template<CarouselSpec> {
    return { Track: {} }
  }

  /** Shows a (new or refreshed) source with `index` focused. Existing elements are updated, not rebuilt. */
  setSource(source: CarouselSource, index: number): void {
    // Without `update` the old elements cannot be trusted to show the new data: start afresh.
    if (!source.update) this.clear()
    this.source = source
    // The whole strip's width, rendered or not: under a mirrored (RTL) layout Lightning places children from
    // their parent's right edge, so the first item sits at the right and scrolling moves the strip rightwards.
    child(this, 'Track').w = Math.max(0, source.count * (source.itemW + source.gap) - source.gap)
    // Lightning loads a texture only within 100 px of the screen: the overscan items' pictures and text load
    // while they are wholly off screen (appearing there without a fade), not as they scroll in under a key.
    const margin = LIGHTNING_MARGIN + source.overscan * (source.itemW + source.gap)
    this.boundsMargin = [margin, LIGHTNING_MARGIN, margin, LIGHTNING_MARGIN]
    this._index = clamp(index, 0, source.count - 1)
    this.scroll(false)
    // Elements that exist already need `update`; the ones created by renderWindow get it when made.
    const existing = [...this.rendered.keys()]
    this.renderWindow()
    for (const i of existing) {
      const element = this.rendered.get(i)
      if (element) source.update?.(element, i)
    }
    this._refocus()
  }

  get index(): number {
    return this._index
  }

  get count(): number {
    return this.source?.count ?? 0
  }

  /** Moves focus to `index` (clamped), scrolling with or without animation. */
  select(index: number, animate = true): void {
    if (!this.source || this.source.count === 0) return
    const next = clamp(index, 0, this.source.count - 1)
    if (next === this._index && this.rendered.has(next)) return
    this._index = next
    this.scroll(animate)
    // The key's own frame draws only the focus move: the items coming near the view (their elements, text and
    // pictures) are made in the frame after it, unless the focused one is not there yet.
    if (animate && this.rendered.has(next))
      afterNextFrame(this.stage, () => this.attached && this.renderWindow())
    else this.renderWindow()
    this.onIndexChange?.(next)
    this._refocus()
  }

  /** Indexes that currently exist as elements (for tests and measurements). */
  renderedIndexes(): number[] {
    return [...this.rendered.keys()].sort((a, b) => a - b)
  }

  elementAt(index: number): Lightning.Component | undefined {
    return this.rendered.get(index)
  }

  /** The first item wholly in view for the focused index. */
  get firstVisible(): number {
    const source = this.source
    if (!source) return 0
    return clamp(this._index - 1, 0, Math.max(0, source.count - slotsIn(source)))
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.rendered.get(this._index)
  }

  override _handleLeft(): boolean {
    if (this._index <= 0) return false
    this.select(this._index - 1)
    return true
  }

  override _handleRight(): boolean {
    if (!this.source || this._index >= this.source.count - 1) return false
    this.select(this._index + 1)
    return true
  }

  private scroll(animate: boolean): void {
    const source = this.source
    if (!source) return
    const x = -this.firstVisible * (source.itemW + source.gap)
    settle(child(this, 'Track'), 'x', x, !animate)
  }

  private renderWindow(): void {
    const source = this.source
    if (!source) return
    const near = indexWindow(this.firstVisible, slotsIn(source), source.overscan, source.count)
    renderWindow(child(this, 'Track'), this.rendered, indexesOf(near), {
      make: (i) =>
        this.stage.c({ ...source.create(i), x: i * (source.itemW + source.gap) }) as Lightning.Component,
      made: (element, i) => source.update?.(element, i),
    })
  }

  private clear(): void {
    child(this, 'Track').childList.clear()
    this.rendered.clear()
  }
}

function slotsIn(source: CarouselSource): number {
  return Math.max(1, Math.floor((source.viewW + source.gap) / (source.itemW + source.gap)))
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value))
}
