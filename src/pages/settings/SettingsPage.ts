import { Lightning } from '@lightningjs/sdk'
import type { GuidanceRate } from '../../data/guidancePreferences'
import type { Preferences, TextSize } from '../../data/preferences'
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languageCodes'
import type { Guidance } from '../../platform/speech/guidance'
import { type GuidanceChoices, guidanceChoices } from '../../platform/speech/guidanceChoices'
import { child } from '../../ui/child'
import { localeOf } from '../../ui/localeOf'
import { colors, story } from '../../ui/theme'
import type { PageTypeConfig } from '../page'
import type { AboutPanel } from './AboutPanel'
import type { SettingsContext } from './context'
import type { SectionList } from './SectionList'
import { type SettingsSpec, settingsTemplate } from './settingsTemplate'
import { settingsWords } from './settingsWords'
import type { TextSizeRow } from './TextSizeRow'

type Region = 'guidance' | 'size' | 'sections' | 'reset' | 'language' | 'history' | 'breaking'

/**
 * Settings (`#settings`, Options/Menu key or the header entry): voice guidance, text size, which sections Home
 * shows and in which order, reset cached data, language, reading history, breaking-news banners, and About
 * (settingsTemplate.ts places them). Every choice is saved and applies at once through the
 * preferences service; this page only turns keys into preference changes and draws the result.
 */
export class SettingsPage
  extends Lightning.Component<SettingsSpec, PageTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<SettingsSpec>
{
  private deps: SettingsContext | undefined
  private unsubscribe: (() => void) | undefined
  private stopAbout: (() => void) | undefined
  private choices: GuidanceChoices | undefined
  private guidance: Guidance | undefined
  private region: Region = 'size'
  /** Where Left from the Reset button returns to. */
  private leftRegion: 'size' | 'sections' = 'size'

  static override _template(): Lightning.Component.Template<SettingsSpec> {
    return settingsTemplate()
  }

  override _init(): void {
    const { t } = localeOf(this)
    const words = settingsWords(localeOf(this))
    child(this, 'Header').context = t.app.settings
    child(this, 'SizeHeading').text = { text: words.textSize }
    child(this, 'Preview').text = { text: words.sample }
    child(this, 'SectionsHeading').text = { text: words.sections }
    child(this, 'Hint').text = { text: words.sectionsHint }
    child(this, 'StoredHeading').text = { text: words.stored }
    child(this, 'StoredText').text = { text: words.storedHint }
    child(this, 'Reset').label = words.reset
    child(this, 'ClearHistory').label = t.fresh.clearHistory
    child(this, 'Breaking').label = t.fresh.breakingBanners
  }

  /** Set by the route before the page shows (routes.ts). */
  set context(deps: SettingsContext) {
    this.unsubscribe?.()
    this.stopAbout?.()
    this.deps = deps
    this.sections.build(deps.sections)
    child(this, 'Language').label = LANGUAGE_NAMES[deps.language.current]
    this.about.show(deps.about())
    this.stopAbout = deps.watchAbout(() => this.about.show(deps.about()))
    child(this, 'ResetStatus').text = { text: '' }
    this.render(deps.preferences.get())
    // Changes made here (or anywhere else) redraw at once.
    this.unsubscribe = deps.preferences.subscribe((preferences) => this.render(preferences))
    this.guidance = undefined
    this.choices = undefined
    this.renderGuidance()
    // The choices live in the speech chunk: opening Settings loads it (a few KB), then the row shows them.
    deps.guidance.open().then(
      (guidance) => {
        if (this.deps !== deps) return
        this.guidance = guidance
        this.choices = guidanceChoices(guidance, deps.storage, deps.warn)
        this.renderGuidance()
      },
      (error: unknown) => deps.warn(`voice guidance could not load: ${String(error)}`),
    )
  }

  override _detach(): void {
    this.unsubscribe?.()
    this.unsubscribe = undefined
    this.stopAbout?.()
    this.stopAbout = undefined
  }

  private renderGuidance(): void {
    child(this, 'Guidance').show({ enabled: this.guidance?.enabled() ?? false, rate: this.rate })
  }

  private get rate(): GuidanceRate {
    return this.choices?.current().rate ?? 'normal'
  }

  /** Left/Right on the speech rate; false where there is nothing to change (the switch, either end). */
  private stepRate(delta: -1 | 1): boolean {
    const guidance = this.guidance
    const rate = guidance && child(this, 'Guidance').step(this.rate, delta)
    if (!guidance || !rate) return false
    this.report(this.choices?.setRate(rate))
    this.renderGuidance()
    return true
  }

  /** OK on the guidance row: `?guidance=on` keeps it on (tests and the emulator asked for it). */
  private changeGuidance(): void {
    const guidance = this.guidance
    if (!guidance) return
    const ask = child(this, 'Guidance').activate({
      enabled: guidance.enabled(),
      rate: this.rate,
    })
    if (ask.enabled !== undefined && !guidance.forced) this.report(this.choices?.setEnabled(ask.enabled))
    if (ask.rate !== undefined) this.report(this.choices?.setRate(ask.rate))
    this.renderGuidance()
  }

  private get sections(): SectionList {
    return child(this, 'Sections')
  }

  private get textSize(): TextSizeRow {
    return child(this, 'TextSize')
  }

  private get about(): AboutPanel {
    return child(this, 'About')
  }

  private render(preferences: Preferences): void {
    this.textSize.size = preferences.textSize
    child(this, 'Preview').text = {
      fontSize: story.sizes[preferences.textSize],
      lineHeight: Math.round(story.sizes[preferences.textSize] * story.lineHeightRatio),
    }
    this.sections.show(preferences.sections)
    const { on, off } = localeOf(this).t.fresh
    child(this, 'Breaking').value = preferences.breakingBanners ? on : off
  }

  private hint(message: string, tone: 'info' | 'error' = 'info'): void {
    child(this, 'Hint').text = {
      text: message,
      textColor: tone === 'error' ? colors.error : colors.textMuted,
    }
  }

  private go(region: Region): void {
    if (region === 'sections' && this.sections.count === 0) return
    if (region === 'size' || region === 'sections') this.leftRegion = region
    this.region = region
    // Says what the language button does while it has focus (the status line is the reset's otherwise).
    if (region === 'language')
      child(this, 'ResetStatus').text = { text: settingsWords(localeOf(this)).languageHint }
    this._refocus()
  }

  override _getFocused(): Lightning.Component {
    if (this.region === 'sections') return this.sections
    if (this.region === 'reset') return child(this, 'Reset')
    if (this.region === 'history') return child(this, 'ClearHistory')
    if (this.region === 'breaking') return child(this, 'Breaking')
    if (this.region === 'guidance') return child(this, 'Guidance')
    if (this.region === 'language') return child(this, 'Language')
    return this.textSize
  }

  private setSize(size: TextSize | undefined): boolean {
    if (size === undefined) return false
    this.report(this.deps?.preferences.setTextSize(size))
    return true
  }

  /** Tells the viewer when a choice could not be saved (it still applies until the app restarts). */
  private report(result: { changed: boolean; saved: boolean } | undefined): void {
    if (result && !result.saved) this.hint(settingsWords(localeOf(this)).notSaved, 'error')
    else if (result?.changed) this.hint(settingsWords(localeOf(this)).sectionsHint)
  }

  override _handleLeft(): boolean {
    if (this.region === 'guidance') return this.stepRate(-1)
    if (this.region === 'size') return this.setSize(this.textSize.neighbour(-1))
    if (this.region === 'language') this.go('reset')
    else if (this.region === 'reset' || this.region === 'history' || this.region === 'breaking') {
      this.go(this.leftRegion)
    } else if (!this.sections.moveColumn(-1)) return false
    return true
  }

  override _handleRight(): boolean {
    if (this.region === 'guidance') {
      if (!this.stepRate(1)) this.go('reset')
    } else if (this.region === 'size') {
      if (!this.setSize(this.textSize.neighbour(1))) this.go('reset')
    } else if (this.region === 'sections' && !this.sections.moveColumn(1)) {
      this.go('reset')
    } else if (this.region === 'reset') {
      this.go('language')
    }
    return true
  }

  override _handleUp(): boolean {
    if (this.region === 'sections' && !this.sections.moveRow(-1)) this.go('size')
    else if (this.region === 'breaking') this.go('history')
    else if (this.region === 'history' || this.region === 'language') this.go('reset')
    else if (this.region === 'size') this.go('guidance')
    else if (this.region === 'guidance') child(this, 'Guidance').move(-1)
    return true
  }

  override _handleDown(): boolean {
    if (this.region === 'reset' || this.region === 'language') this.go('history')
    else if (this.region === 'history') this.go('breaking')
    else if (this.region === 'guidance') {
      if (!child(this, 'Guidance').move(1)) this.go('size')
    } else if (this.region === 'size') this.go('sections')
    else if (this.region === 'sections') this.sections.moveRow(1)
    return true
  }

  override _handleEnter(): boolean {
    const deps = this.deps
    if (!deps) return true
    if (this.region === 'reset') {
      // The voice guidance choices are the viewer's too: written back as they were.
      const voice = this.choices?.current()
      const words = settingsWords(localeOf(this))
      const saved = deps.resetCachedData()
      child(this, 'ResetStatus').text = { text: saved ? words.cleared : words.clearedUnsaved }
      if (voice) this.choices?.save(voice)
      return true
    }
    if (this.region === 'history') {
      const { fresh } = localeOf(this).t
      const saved = deps.clearReadingHistory()
      child(this, 'ResetStatus').text = { text: saved ? fresh.historyCleared : fresh.historyUnsaved }
      return true
    }
    if (this.region === 'breaking') {
      const { preferences } = deps
      this.report(preferences.setBreakingBanners(!preferences.get().breakingBanners))
      return true
    }
    if (this.region === 'guidance') this.changeGuidance()
    if (this.region === 'language') {
      const { current, choose } = deps.language
      choose(LANGUAGES[(LANGUAGES.indexOf(current) + 1) % LANGUAGES.length] ?? current)
      return true
    }
    if (this.region !== 'sections') return true
    const { id, column } = this.sections.focusedSection()
    if (id === undefined) return true
    if (column === 0) {
      const result = deps.preferences.toggleSection(id)
      if (!result.changed) this.hint(settingsWords(localeOf(this)).lastSection, 'error')
      else this.report(result)
    } else {
      this.report(deps.preferences.moveSection(id, column === 1 ? -1 : 1))
      this.sections.follow(id)
    }
    return true
  }
}
