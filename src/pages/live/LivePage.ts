import { Lightning, type Router } from '@lightningjs/sdk'
import type { PreferenceStorage } from '../../data/preferencesService'
import type { LiveSettings } from '../../data/settings'
import { log } from '../../platform/sdk'
import type { GuidanceGate } from '../../platform/speech/guidanceGate'
import { child } from '../../ui/child'
import { localeOf } from '../../ui/localeOf'
import { goBack, navigateTo } from '../../ui/navigate'
import type { PageTypeConfig } from '../page'
import { type LiveSpec, liveTemplate } from './liveTemplate'
import { liveWords } from './liveWords'
import type { HeadlineSource } from './logic/headlines'
import { describeStatus, needsViewer, type PlaybackStatus } from './logic/playbackStatus'
import { liveTuning } from './logic/tuning'
import type { LivePlayer } from './player/LivePlayer'

declare module '@lightningjs/core' {
  namespace Component {
    interface FireAncestorsMap {
      /** Asks the App to show (true) or hide its opaque background, so video under the canvas shows. */
      $showBackdrop(visible: boolean): void
    }
  }
}

/**
 * The live channel, full screen (route `live`, automation id `live`). The video plays in a <video> element
 * under the transparent Lightning canvas; this page draws only what goes over it: the info overlay, status
 * and error panels. The player code (SDK VideoPlayer + hls.js) is imported when the page opens, so it is a
 * separate chunk that Home never loads.
 *
 * Keys: OK shows the overlay, or pauses/resumes while it is shown (and turns sound on after a muted start);
 * Play/Pause toggles; Stop and Back return to where the viewer came from; arrows show the overlay; Options
 * (or OK on the `live-captions` control, Right from the picture) turns captions on and off.
 */
export class LivePage
  extends Lightning.Component<LiveSpec, PageTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<LiveSpec>
{
  private settings: LiveSettings | undefined
  private headlineSource: HeadlineSource = () => []
  private player: LivePlayer | undefined
  private viewerAsked = false
  /** Bumped on every open/close so a late chunk import never starts a player for a page already left. */
  private session = 0
  /** The `live-captions` control has focus (Right from the picture, Left back). */
  private captionsFocused = false

  static override _template(): Lightning.Component.Template<LiveSpec> {
    return liveTemplate()
  }

  override _init(): void {
    child(this, 'Sound.Label').text = { text: liveWords(localeOf(this)).soundOff }
  }

  set live(live: LiveSettings | undefined) {
    this.settings = live
    child(this, 'Overlay').channel = live?.title ?? liveWords(localeOf(this)).title
  }

  /**
   * The Router's navigation data, before every visit. Sound starts only when a viewer asked for the channel
   * (`Router.navigate('live', { viewerAsked: true })`, as the live tile does); a launch or deep link straight
   * into `#live` starts muted, and OK turns the sound on.
   */
  override _onUrlParams(params: Router.PageParams): void {
    this.viewerAsked = String(params.viewerAsked) === 'true'
  }

  /** Where the viewer's captions choice is kept (the voice guidance record: see guidanceChoices.ts). */
  set captionsStore(store: { guidance: GuidanceGate; storage: PreferenceStorage }) {
    child(this, 'Captions').store = store
  }
  /** Options (or OK on `live-captions`): captions on or off, remembered for the next visit. */
  _handleMenu(): boolean {
    this.player?.setCaptions(child(this, 'Captions').toggle())
    this.showOverlay()
    return true
  }

  /** Where the overlay's "top headlines" come from (the news store, once it exists). */
  set headlines(source: HeadlineSource) {
    this.headlineSource = source
  }

  override _active(): void {
    this.fireAncestors('$showBackdrop', false)
    this.open()
  }

  override _inactive(): void {
    this.captionsFocused = false
    this.closePlayer()
    child(this, 'Overlay').hide()
    this.fireAncestors('$showBackdrop', true)
  }

  private open(): void {
    const live = this.settings
    const session = ++this.session
    if (!live) {
      this.show({ kind: 'failed', reason: 'not-found' })
      const locale = localeOf(this)
      const words = liveWords(locale)
      child(this, 'Problem').show(words.noChannelTitle, words.noChannelMessage, {
        label: locale.t.app.goHome,
        id: 'live-home',
      })
      this._refocus()
      return
    }
    this.showOverlay()
    this.show({ kind: 'connecting' })
    const muted = !this.viewerAsked
    // With the remembered captions choice, so it waits for that too.
    Promise.all([import('./player/LivePlayer'), child(this, 'Captions').ready])
      .then(([{ startLivePlayer }]) => {
        if (session !== this.session) return
        this.player = startLivePlayer({
          url: live.url,
          tuning: liveTuning(live),
          muted,
          captions: child(this, 'Captions').showing,
          onStatus: (status) => this.show(status),
        })
      })
      .catch((error: unknown) => {
        // The player chunk did not arrive (offline on a packaged app, a deploy mid-session).
        log.error('live player could not be loaded', error)
        if (session === this.session) this.show({ kind: 'failed', reason: 'unreachable' })
      })
  }

  private closePlayer(): void {
    this.session += 1
    this.player?.destroy()
    this.player = undefined
  }

  private show(status: PlaybackStatus): void {
    const locale = localeOf(this)
    const words = liveWords(locale)
    const text = describeStatus(status, this.settings?.title ?? words.title, words)
    const problem = child(this, 'Problem')
    const statusPanel = child(this, 'Status')
    if (needsViewer(status)) {
      statusPanel.hide()
      problem.show(text.headline, text.detail, { label: locale.t.app.retry, id: 'retry' })
      this.showOverlay()
    } else {
      problem.hide()
      if (status.kind === 'playing') statusPanel.hide()
      else statusPanel.show(text.headline, text.detail)
    }
    child(this, 'Sound').visible = status.kind === 'playing' && status.muted
    child(this, 'Overlay').hint = needsViewer(status)
      ? words.backToHome
      : status.kind === 'paused'
        ? words.hintPaused
        : words.hintPlaying
    this._refocus()
  }

  private showOverlay(): void {
    const overlay = child(this, 'Overlay')
    overlay.headlines = this.headlineSource()
    overlay.show()
  }

  override _getFocused(): Lightning.Component | undefined {
    const problem = child(this, 'Problem')
    // The page itself holds focus while video plays; a problem panel's button takes it when shown.
    if (problem.hasAction) return problem
    return this.captionsFocused ? child(this, 'Captions') : undefined
  }

  override _handleEnter(): boolean {
    if (child(this, 'Problem').hasAction) {
      this.retry()
      return true
    }
    if (this.captionsFocused) return this._handleMenu()
    const overlay = child(this, 'Overlay')
    const player = this.player
    if (player?.muted) {
      player.unmute()
      this.showOverlay()
      return true
    }
    if (overlay.isShown) player?.togglePause()
    this.showOverlay()
    return true
  }

  private retry(): void {
    if (!this.settings) {
      navigateTo(this, 'home', {}, false)
      return
    }
    if (this.player) {
      this.player.retry()
      return
    }
    this.closePlayer()
    this.open()
  }

  _handlePlayPause(): boolean {
    this.player?.togglePause()
    this.showOverlay()
    return true
  }

  _handlePlay(): boolean {
    if (this.player?.status.kind === 'paused') this.player.togglePause()
    this.showOverlay()
    return true
  }

  _handlePause(): boolean {
    if (this.player && this.player.status.kind !== 'paused') this.player.togglePause()
    this.showOverlay()
    return true
  }

  _handleStop(): boolean {
    goBack(this)
    return true
  }

  /** Up and Down only wake the overlay; Left and Right also move between the picture and `live-captions`. */
  private wake(): boolean {
    this.showOverlay()
    return true
  }

  override _handleUp(): boolean {
    return this.wake()
  }

  override _handleDown(): boolean {
    return this.wake()
  }

  override _handleLeft(): boolean {
    return this.focusCaptions(false)
  }

  /** Right reaches the captions control (the arrows otherwise only wake the overlay). */
  override _handleRight(): boolean {
    return this.focusCaptions(true)
  }

  private focusCaptions(on: boolean): boolean {
    this.captionsFocused = on
    this._refocus()
    return this.wake()
  }
}
