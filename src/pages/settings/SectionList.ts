import { Lightning } from '@lightningjs/sdk'
import type { SectionPreference } from '../../data/preferences'
import type { SectionSettings } from '../../data/settings'
import { SECTION_ROW_W, type SectionColumn, SectionRow } from './SectionRow'

interface SectionListSpec extends Lightning.Component.TemplateSpec {
  viewportHeight: number
  Viewport: { Rows: object }
}

const ROW_PITCH = 84
/** Room around the rows inside the clipping viewport for the focused pill's scale-up. */
const PAD = 24

/**
 * The sections in the viewer's order, one SectionRow each, scrolling inside a clipped viewport so the focused
 * row is always wholly on screen however many sections settings.json lists. Rows are kept per section id and
 * slide to their new place when the order changes, so focus stays on the section that moved.
 */
export class SectionList
  extends Lightning.Component<SectionListSpec>
  implements Lightning.Component.ImplementTemplateSpec<SectionListSpec>
{
  private rows = new Map<string, SectionRow>()
  private titles = new Map<string, string>()
  private order: string[] = []
  private index = 0
  private columnIndex: SectionColumn = 0
  private height = 400

  static override _template(): Lightning.Component.Template<SectionListSpec> {
    return {
      Viewport: {
        x: -PAD,
        y: -PAD,
        w: SECTION_ROW_W + 2 * PAD,
        clipping: true,
        Rows: { x: PAD, y: PAD },
      },
    }
  }

  set viewportHeight(value: number) {
    this.height = value
    this.tag('Viewport')!.h = value + PAD
  }

  private get rowsHost(): Lightning.Element {
    return this.tag('Viewport')!.tag('Rows')!
  }

  build(sections: readonly SectionSettings[]): void {
    this.titles = new Map(sections.map((section) => [section.id, section.title]))
    this.rows = new Map(
      sections.map((section) => {
        const row = this.stage.c({ type: SectionRow, sectionId: section.id }) as SectionRow
        row.display = { title: section.title, visible: true, first: false, last: false }
        return [section.id, row]
      }),
    )
    this.rowsHost.children = [...this.rows.values()]
    this.order = sections.map((section) => section.id)
    this.index = Math.min(this.index, Math.max(0, this.order.length - 1))
  }

  /** Places and labels the rows for the current preferences (order and Shown/Hidden). */
  show(preferences: readonly SectionPreference[]): void {
    this.order = preferences.map((section) => section.id).filter((id) => this.rows.has(id))
    this.order.forEach((id, position) => {
      const row = this.rows.get(id)!
      const preference = preferences.find((section) => section.id === id)
      row.display = {
        title: this.titles.get(id) ?? id,
        visible: preference?.visible !== false,
        first: position === 0,
        last: position === this.order.length - 1,
      }
      row.setSmooth('y', position * ROW_PITCH)
    })
    this.scrollToFocus()
  }

  get count(): number {
    return this.order.length
  }

  /** Moves focus to the next/previous row; false at either end. */
  moveRow(delta: -1 | 1): boolean {
    const next = this.index + delta
    if (next < 0 || next >= this.order.length) return false
    this.index = next
    this.scrollToFocus()
    this._refocus()
    return true
  }

  /** Moves focus between the title, ↑ and ↓; false at either end. */
  moveColumn(delta: -1 | 1): boolean {
    const next = this.columnIndex + delta
    if (next < 0 || next > 2) return false
    this.columnIndex = next as SectionColumn
    this._refocus()
    return true
  }

  focusedSection(): { id: string | undefined; column: SectionColumn } {
    return { id: this.order[this.index], column: this.columnIndex }
  }

  /** Keeps focus on a section after it moved. */
  follow(id: string): void {
    const position = this.order.indexOf(id)
    if (position < 0) return
    this.index = position
    this.scrollToFocus()
    this._refocus()
  }

  private scrollToFocus(): void {
    const top = this.index * ROW_PITCH
    const bottom = top + 72
    const current = -this.rowsHost.y + PAD
    let scroll = current
    if (top < scroll) scroll = top
    if (bottom > scroll + this.height - PAD) scroll = bottom - this.height + PAD
    const max = Math.max(0, this.order.length * ROW_PITCH - ROW_PITCH + 72 - this.height + PAD)
    scroll = Math.max(0, Math.min(scroll, max))
    this.rowsHost.setSmooth('y', PAD - scroll)
  }

  override _getFocused(): SectionRow | undefined {
    const id = this.order[this.index]
    const row = id === undefined ? undefined : this.rows.get(id)
    if (row && row.column !== this.columnIndex) row.column = this.columnIndex
    return row
  }
}
