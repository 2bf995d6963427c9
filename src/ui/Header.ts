import { Lightning } from '@lightningjs/sdk'
import { testId } from './automation'
import { Clock } from './Clock'
import { child } from './child'
import { localeOf } from './localeOf'
import { SettingsEntry } from './SettingsEntry'
import { colors, header, mark, safe, space, textStyle } from './theme'

interface HeaderSpec extends Lightning.Component.TemplateSpec {
  Mark: object
  Brand: object
  Context: object
  Clock: typeof Clock
  /** Shows the focusable Settings entry left of the clock (Home turns it on). */
  settingsEntry: boolean
  Settings: typeof SettingsEntry
}

/** The top bar on every screen: brand on the left, a context line beside it, the clock on the right. */
export class Header
  extends Lightning.Component<HeaderSpec>
  implements Lightning.Component.ImplementTemplateSpec<HeaderSpec>
{
  static override _template(): Lightning.Component.Template<HeaderSpec> {
    return {
      x: safe.title.x,
      y: safe.title.y,
      w: safe.title.right - safe.title.x,
      h: header.h,
      Mark: { y: header.mark.y, w: mark.w, h: header.mark.h, rect: true, color: colors.accent },
      Brand: {
        x: mark.w + space.s,
        text: { text: 'Lightwire', ...textStyle.title },
      },
      Context: {
        x: header.contextX,
        y: header.textY,
        text: { text: '', ...textStyle.label },
      },
      Clock: { type: Clock, x: safe.title.right - safe.title.x, mountX: 1 },
      Settings: {
        type: SettingsEntry,
        y: header.settingsY,
        visible: false,
        ...testId('header-settings'),
      },
    }
  }

  override _init(): void {
    // The clock's width depends on the locale ("14:05" or "2:05 PM"): keep the entry a gap left of it.
    child(this, 'Settings').label = localeOf(this).t.app.settings
    const clock = child(this, 'Clock')
    const place = () => {
      const entry = child(this, 'Settings')
      entry.x = clock.x - clock.renderWidth - space.l - entry.w
    }
    clock.on('txLoaded', place)
    child(child(this, 'Settings'), 'Label').on('txLoaded', place)
    place()
  }

  set settingsEntry(value: boolean) {
    child(this, 'Settings').visible = value
  }

  /** The entry to focus (e.g. on Up from Home's top row). */
  get settingsButton(): SettingsEntry {
    return child(this, 'Settings')
  }

  set context(value: string) {
    child(this, 'Context').text = { text: value }
  }
}
