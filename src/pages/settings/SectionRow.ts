import { Lightning } from '@lightningjs/sdk'
import { speechWordsOf } from '../../i18n/speechWords'
import { setTestId } from '../../ui/automation'
import { child } from '../../ui/child'
import { localeOf } from '../../ui/localeOf'
import { space } from '../../ui/theme'
import { settingsLayout } from './layout'
import { Pill } from './Pill'
import { settingsWords } from './settingsWords'

interface SectionRowSpec extends Lightning.Component.TemplateSpec {
  sectionId: string
  Toggle: typeof Pill
  Up: typeof Pill
  Down: typeof Pill
}

export type SectionColumn = 0 | 1 | 2
const COLUMNS = ['Toggle', 'Up', 'Down'] as const
const { toggleW: TOGGLE_W, arrowW: ARROW_W } = settingsLayout.sectionRow

/**
 * One section in Settings: [Title · Shown/Hidden] [↑] [↓]. OK on the title shows or hides the section on
 * Home; OK on an arrow moves it. Ids: `section-<id>`, `section-<id>-up`, `section-<id>-down`.
 */
export class SectionRow
  extends Lightning.Component<SectionRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<SectionRowSpec>
{
  private columnIndex: SectionColumn = 0

  static override _template(): Lightning.Component.Template<SectionRowSpec> {
    return {
      h: settingsLayout.pill.h,
      Toggle: { type: Pill, layoutWidth: TOGGLE_W },
      Up: { type: Pill, x: TOGGLE_W + space.s, layoutWidth: ARROW_W, align: 'center', label: '↑' },
      Down: {
        type: Pill,
        x: TOGGLE_W + 2 * space.s + ARROW_W,
        layoutWidth: ARROW_W,
        align: 'center',
        label: '↓',
      },
    }
  }

  /** Sets the ids once, from the section id. */
  set sectionId(id: string) {
    setTestId(child(this, 'Toggle'), `section-${id}`)
    setTestId(child(this, 'Up'), `section-${id}-up`)
    setTestId(child(this, 'Down'), `section-${id}-down`)
  }

  set display(value: { title: string; visible: boolean; first: boolean; last: boolean }) {
    const toggle = child(this, 'Toggle')
    toggle.label = value.title
    toggle.value = value.visible ? settingsWords(localeOf(this)).shown : settingsWords(localeOf(this)).hidden
    toggle.quiet = !value.visible
    child(this, 'Up').dimmed = value.first
    child(this, 'Down').dimmed = value.last
    const words = speechWordsOf(localeOf(this))
    child(this, 'Up').spokenLabel = words.moveUp(value.title)
    child(this, 'Down').spokenLabel = words.moveDown(value.title)
  }

  get column(): SectionColumn {
    return this.columnIndex
  }

  set column(value: SectionColumn) {
    this.columnIndex = value
    this._refocus()
  }

  override _getFocused(): Pill {
    return child(this, COLUMNS[this.columnIndex])
  }
}
