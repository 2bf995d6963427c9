import { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { Button } from '../../ui/Button'
import { child } from '../../ui/child'
import { Header } from '../../ui/Header'
import { localeOf } from '../../ui/localeOf'
import type { Speakable } from '../../ui/speech/speakable'
import { header as headerTheme, space, textStyle } from '../../ui/theme'

interface HomeHeaderSpec extends Lightning.Component.TemplateSpec {
  Header: typeof Header
  Updated: object
  NewStories: typeof Button
}

export type HeaderEntry = 'new' | 'settings'

/**
 * Home's header: the shared Header (brand, context, clock and its Settings entry, `header-settings`) plus,
 * just left of that entry, either the freshness line (`updated`) or, when a refresh brought stories the
 * viewer has not looked at, the quiet "3 new stories" button (`new-stories`) in its place. The header's
 * focusable entries are that button (when shown) and Settings; Left and Right move between them.
 */
export class HomeHeader
  extends Lightning.Component<HomeHeaderSpec>
  implements Lightning.Component.ImplementTemplateSpec<HomeHeaderSpec>
{
  private entry: HeaderEntry = 'settings'

  static override _template(): Lightning.Component.Template<HomeHeaderSpec> {
    return {
      Header: { type: Header, settingsEntry: true },
      Updated: { ...testId('updated'), mountX: 1, text: { text: '', ...textStyle.label } },
      NewStories: { type: Button, mountX: 1, visible: false, label: '', ...testId('new-stories') },
    }
  }

  override _init(): void {
    // The Settings entry moves with the clock's width (locale): follow it whenever either is re-measured.
    const header = child(this, 'Header')
    const updated = child(this, 'Updated')
    const fresh = child(this, 'NewStories')
    const place = () => {
      const right = header.x + header.settingsButton.x - space.m
      updated.patch({ x: right, y: header.y + headerTheme.textY })
      fresh.patch({ x: right, y: header.y + headerTheme.settingsY })
    }
    child(header, 'Clock').on('txLoaded', place)
    child(header.settingsButton, 'Label').on('txLoaded', place)
    updated.on('txLoaded', place)
    place()
  }

  set context(value: string) {
    child(this, 'Header').context = value
  }

  set updated(value: string) {
    child(this, 'Updated').text = { text: value }
  }

  get updated(): string {
    return String(child(this, 'Updated').text?.text ?? '')
  }

  /** How many new stories to announce; 0 hides the button and brings the freshness line back. */
  set newCount(count: number) {
    const fresh = child(this, 'NewStories')
    const showing = count > 0
    if (showing) {
      const locale = localeOf(this)
      fresh.label = locale.plural(locale.t.fresh.newStories, count)
    }
    fresh.visible = showing
    child(this, 'Updated').visible = !showing
    if (!showing && this.entry === 'new') {
      this.entry = 'settings'
      this._refocus()
    }
  }

  get hasNewStories(): boolean {
    return child(this, 'NewStories').visible
  }

  /** Which entry has focus when the header does (Home puts it on the new-stories button when shown). */
  focusEntry(entry: HeaderEntry): void {
    this.entry = entry === 'new' && this.hasNewStories ? 'new' : 'settings'
    this._refocus()
  }

  get focusedEntry(): HeaderEntry {
    return this.entry
  }

  override _handleLeft(): boolean {
    if (this.entry === 'settings' && this.hasNewStories) this.focusEntry('new')
    return true
  }

  override _handleRight(): boolean {
    if (this.entry === 'new') this.focusEntry('settings')
    return true
  }

  /**
   * The freshness line is said when the header takes focus (its focused entry speaks after it); while the
   * new-stories button shows in its place, the button says that itself.
   */
  speech(): Speakable | undefined {
    return this.updated && !this.hasNewStories ? { kind: 'status', text: this.updated } : undefined
  }

  override _getFocused(): Lightning.Component {
    return this.entry === 'new' ? child(this, 'NewStories') : child(this, 'Header').settingsButton
  }
}
