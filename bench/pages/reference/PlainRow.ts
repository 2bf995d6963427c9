import { Lightning } from '@lightningjs/sdk'
import { setTestId } from '../../../src/ui/automation'
import { focus, home, safe, textStyle } from '../../../src/ui/theme'
import { PlainTile } from './PlainTile'
import type { ReferenceRow } from './rows'

const STEP = home.tile.w + home.tile.gap
const VIEW_W = safe.title.right - safe.title.x
/** Tiles wholly in view; one more peeks past the edge (as in the app's carousel). */
const SLOTS = Math.floor((VIEW_W + home.tile.gap) / STEP)

/**
 * A row as a plain Lightning page would draw it: the title, then a track of tiles that slides so the focused
 * tile sits in the second slot, with only the tiles in or next to the view created (the app windows its rows
 * the same way, so both pages draw the same tiles).
 */
export class PlainRow extends Lightning.Component {
  private row: ReferenceRow | undefined
  private index = 0
  private now = Date.now()
  private readonly tiles = new Map<number, PlainTile>()

  static override _template(): Lightning.Component.Template {
    return {
      Title: { text: { text: '', ...textStyle.title } },
      Track: { y: home.row.titleH },
    }
  }

  show(row: ReferenceRow, key: string, now: number): void {
    this.row = row
    this.now = now
    setTestId(this, `row-${key}`)
    this.tag('Title').text = { text: row.title }
    this.move(0, false)
  }

  private get first(): number {
    const count = this.row?.stories.length ?? 0
    return Math.max(0, Math.min(this.index - 1, count - SLOTS))
  }

  private move(index: number, animate: boolean): void {
    const row = this.row
    if (!row) return
    this.index = Math.max(0, Math.min(index, row.stories.length - 1))
    const track = this.tag('Track')
    const x = -this.first * STEP
    if (animate) track.setSmooth('x', x, { duration: focus.duration })
    else track.x = x
    const from = Math.max(0, this.first - 1)
    const to = Math.min(row.stories.length - 1, this.first + SLOTS + 1)
    for (const [i, tile] of this.tiles) {
      if (i < from || i > to) {
        track.childList.remove(tile)
        this.tiles.delete(i)
      }
    }
    for (let i = from; i <= to; i++) {
      const story = row.stories[i]
      if (this.tiles.has(i) || !story) continue
      const tile = this.stage.c({ type: PlainTile, x: i * STEP }) as PlainTile
      setTestId(tile, `tile-ref-${i}`)
      tile.story = { story, label: row.title, now: this.now }
      track.childList.a(tile)
      this.tiles.set(i, tile)
    }
    this._refocus()
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.tiles.get(this.index)
  }

  override _handleLeft(): boolean {
    this.move(this.index - 1, true)
    return true
  }

  override _handleRight(): boolean {
    this.move(this.index + 1, true)
    return true
  }
}
