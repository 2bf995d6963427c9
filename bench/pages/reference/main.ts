/**
 * The plain-Lightning reference page (issue 13): Home's screen as a plain Lightning page draws it, the baseline
 * of the bench's frame and key figures. It draws what the app's Home shows with the first row focused:
 * the header's words (brand mark, brand, context, "Updated…", the Settings entry's box and label, the clock)
 * and three rows of the same sections (title, then tiles with the same images, headlines and meta lines at the
 * same sizes and places), a white focus border, the focus scale and the same scrolling animation.
 * It draws no shader, no rounded corner, no backdrop or other full-screen layer, no placeholder under an image.
 * docs/bench.md lists exactly this; keep the two in step so it stays "the same screen, drawn plainly".
 */
import { Launch, Lightning } from '@lightningjs/sdk'
import { fontFaces } from '../../../src/fonts'
import { exposeAutomationHooks } from '../../../src/platform/automationHooks'
import { markWhenInteractive } from '../../../src/platform/interactiveMark'
import { colors, home, safe, space, stage, textStyle } from '../../../src/ui/theme'
import { PlainRow } from './PlainRow'
import { loadRows, type ReferenceRow } from './rows'

const ROWS = 3
const ROW_STEP = home.row.titleH + home.tile.h + home.row.gap

class Reference extends Lightning.Component {
  static getFonts() {
    return fontFaces
  }

  static override _template(): Lightning.Component.Template {
    const { x, y, right } = safe.title
    return {
      Rows: {},
      Mark: { x, y: y + 6, w: 12, h: 44, rect: true, color: colors.accent },
      Brand: { x: x + 12 + space.s, y, text: { text: 'Lightwire', ...textStyle.title } },
      Context: { x: x + 260, y: y + 10, text: { text: '', ...textStyle.label } },
      Updated: {
        x: right - 500,
        y: y + 10,
        mountX: 1,
        text: { text: 'Updated just now', ...textStyle.label },
      },
      Settings: {
        x: right - 480,
        y: y - 8,
        w: 240,
        h: 72,
        rect: true,
        color: colors.surfaceHigh,
        Label: { x: 120, y: 36, mount: 0.5, text: { text: 'Settings', ...textStyle.button } },
      },
      Clock: { x: right, y, mountX: 1, text: { text: '12:00 PM', ...textStyle.title } },
    }
  }

  override _init(): void {
    // Here rather than beside Launch: the SDK creates this component only once the fonts have loaded.
    loadRows(ROWS).then(
      (rows) => this.show(rows),
      (error: unknown) => console.error('[reference] could not load the feeds', error),
    )
  }

  private show(rows: ReferenceRow[]): void {
    const now = Date.now()
    this.tag('Context').text = { text: rows[0]?.title ?? '' }
    this.tag('Rows').children = rows.map((_, i) => ({
      type: PlainRow,
      x: safe.title.x,
      y: home.anchorY + i * ROW_STEP,
    }))
    rows.forEach((row, i) => {
      ;(this.tag('Rows').children[i] as PlainRow).show(row, `ref-${i}`, now)
    })
    this._refocus()
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.tag('Rows').children[0] as Lightning.Component | undefined
  }
}

const app = Launch(
  Reference,
  {
    stage: { w: stage.w, h: stage.h, precision: 1, useImageWorker: false },
    debug: false,
    enablePointer: false,
    keys: {},
  },
  { path: './static' },
)
document.body.appendChild(app.stage.getCanvas())
markWhenInteractive(app)
exposeAutomationHooks(app)
