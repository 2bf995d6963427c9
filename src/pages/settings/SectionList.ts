import { Lightning } from '@lightningjs/sdk'
import type { SectionPreference } from '../../data/preferences'
import type { SectionSettings } from '../../data/settings'
import { child } from '../../ui/child'
import { settingsLayout } from './layout'
import { type SectionColumn, SectionRow } from './SectionRow'

interface SectionListSpec extends Lightning.Component.TemplateSpec {
  viewportHeight: number
  Viewport: { Rows: object }
}

const { rowH: ROW_H, rowPitch: ROW_PITCH, padX: PAD_X, padY: PAD_Y } = settingsLayout.sectionList

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
  /** Whole rows that fit; the list scrolls by whole rows so none is ever cut in half. */
  private visibleRows = 5
  private firstVisible = 0

  static override _template(): Lightning.Component.Template<SectionListSpec> {
    return {
      Viewport: {
        x: -PAD_X,
        y: -PAD_Y,
        w: settingsLayout.sectionRow.w + 2 * PAD_X,
        clipping: true,
        // Widths on the containers: a mirrored (RTL) layout places each child from its parent's right edge.
        Rows: { x: PAD_X, y: PAD_Y, w: settingsLayout.sectionRow.w },
      },
    }
  }

  /** The height available; the viewport shows as many whole rows as fit in it. */
  set viewportHeight(value: number) {
    this.visibleRows = Math.max(1, Math.floor((value - ROW_H) / ROW_PITCH) + 1)
    child(this, 'Viewport').h = (this.visibleRows - 1) * ROW_PITCH + ROW_H + 2 * PAD_Y
  }

  private get rowsHost(): Lightning.Element {
    return child(this, 'Viewport.Rows')
  }

  build(sections: readonly SectionSettings[]): void {
    this.titles = new Map(sections.map((section) => [section.id, section.title]))
    this.rows = new Map(
      sections.map((section) => {
        const row = this.stage.c({
          type: SectionRow,
          sectionId: section.id,
          w: settingsLayout.sectionRow.w,
        }) as SectionRow
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
      const row = this.rows.get(id)
      if (!row) return
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
    if (this.index < this.firstVisible) this.firstVisible = this.index
    if (this.index >= this.firstVisible + this.visibleRows)
      this.firstVisible = this.index - this.visibleRows + 1
    const last = Math.max(0, this.order.length - this.visibleRows)
    this.firstVisible = Math.max(0, Math.min(this.firstVisible, last))
    this.rowsHost.setSmooth('y', PAD_Y - this.firstVisible * ROW_PITCH)
  }

  override _getFocused(): SectionRow | undefined {
    const id = this.order[this.index]
    const row = id === undefined ? undefined : this.rows.get(id)
    if (row && row.column !== this.columnIndex) row.column = this.columnIndex
    return row
  }
}
