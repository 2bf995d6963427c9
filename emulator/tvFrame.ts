/**
 * The TV: the app in `<iframe name="tv">` at the emulated resolution's own size in CSS pixels (so the app
 * sees a 1920×1080 or 1280×720 window, as on the device) and scaled as a picture to fit the page. Also the
 * TV's home screen, shown when the app exits or the system takes over (Home), with a Relaunch button.
 *
 * The iframe is same-origin, so the emulator reads the app's route and the inspector's DOM mirror, and
 * puts key events straight into its window.
 */
import type { ScreenState } from './keyLog'
import { type TvState, tvUrl } from './tvUrl'

export const STAGE_SIZES = {
  '1080p': { w: 1920, h: 1080 },
  '720p': { w: 1280, h: 720 },
} as const

export interface TvFrameElements {
  /** The box the TV must fit in. */
  area: HTMLElement
  /** The 16:9 picture: holds the iframe (first) and the overlays. */
  screen: HTMLElement
  home: HTMLElement
  homeReason: HTMLElement
}

export interface TvFrameEvents {
  /** The app's page has loaded (a new start: a new key-log session). */
  started(win: Window, state: TvState): void
  /** The app left (its `lightwire:exit` event, or the system's Home/Exit). */
  exited(reason: string): void
}

/** The bezel around the picture, px on each side (style.css `.tv` padding). */
const BEZEL = 14

export class TvFrame {
  private state: TvState | undefined
  private live = false
  private iframe: HTMLIFrameElement | undefined

  constructor(
    private readonly el: TvFrameElements,
    private readonly events: TvFrameEvents,
  ) {
    new ResizeObserver(() => this.fit()).observe(el.area)
  }

  /** The app's window while the app is running (not on the home screen). */
  get window(): Window | undefined {
    return this.live ? (this.iframe?.contentWindow ?? undefined) : undefined
  }

  get current(): TvState | undefined {
    return this.state
  }

  /**
   * Starts (or restarts) the app with this platform, resolution, feed and route, in a new iframe: a fresh
   * window every time, like a TV launching the app (a changed src differing only by its #route would not
   * reload the page, and nothing of the previous run — timers, listeners — survives).
   */
  load(state: TvState): void {
    this.state = state
    this.live = false
    this.el.home.hidden = true
    const size = STAGE_SIZES[state.resolution]
    const doc = this.el.screen.ownerDocument
    const iframe = doc.createElement('iframe')
    iframe.name = 'tv'
    iframe.title = 'Lightwire on the emulated TV'
    iframe.allow = 'autoplay; fullscreen'
    iframe.tabIndex = -1
    iframe.style.width = `${size.w}px`
    iframe.style.height = `${size.h}px`
    iframe.dataset.resolution = state.resolution
    iframe.addEventListener('load', () => this.onLoad(iframe, state))
    iframe.src = tvUrl(state)
    this.iframe?.remove()
    this.iframe = iframe
    this.el.screen.prepend(iframe)
    this.fit()
  }

  /** True while the TV's home screen shows (the app has exited). */
  isHome(): boolean {
    return !this.el.home.hidden
  }

  /** Where the app is now, for a restart at the same place (platform or resolution switch). */
  currentHash(): string {
    const win = this.window
    return win ? win.location.hash.replace(/^#/, '') : ''
  }

  /** The app's route and the focused element's automation id, from the inspector's mirror. */
  readState(): ScreenState {
    const win = this.window
    if (!win) return { screen: '', focus: undefined }
    const focused = win.document.querySelectorAll('[focused="true"]')
    const id = focused.length === 1 ? (focused[0]?.getAttribute('data-testid') ?? undefined) : undefined
    return { screen: win.location.hash.replace(/^#/, ''), focus: id }
  }

  /** The TV's home screen; the app is unloaded, as the system would close it. */
  showHome(reason: string): void {
    if (this.el.home.hidden === false) return
    this.live = false
    this.el.homeReason.textContent = reason
    this.el.home.hidden = false
    this.events.exited(reason)
    // Let the app finish its own exit call first (it announces the exit just before making it).
    const iframe = this.iframe
    setTimeout(() => {
      if (!this.el.home.hidden && iframe === this.iframe) iframe?.setAttribute('src', 'about:blank')
    }, 50)
  }

  fit(): void {
    const box = this.el.area.getBoundingClientRect()
    const width = Math.max(160, Math.min(box.width - 2 * BEZEL, ((box.height - 2 * BEZEL) * 16) / 9))
    const height = (width * 9) / 16
    this.el.screen.style.width = `${Math.floor(width)}px`
    this.el.screen.style.height = `${Math.floor(height)}px`
    const stage = STAGE_SIZES[this.state?.resolution ?? '1080p']
    if (this.iframe) this.iframe.style.transform = `scale(${width / stage.w})`
    this.el.screen.dataset.scale = (width / stage.w).toFixed(3)
  }

  private onLoad(iframe: HTMLIFrameElement, state: TvState): void {
    const win = iframe.contentWindow
    if (iframe !== this.iframe || !win || win.location.href === 'about:blank') return
    this.live = true
    win.addEventListener('lightwire:exit', (event) => {
      const detail = (event as CustomEvent<{ platform?: string; method?: string }>).detail
      this.showHome(`Lightwire exited (${detail?.method ?? 'exit'} on ${detail?.platform ?? state.platform})`)
    })
    this.events.started(win, state)
  }
}
