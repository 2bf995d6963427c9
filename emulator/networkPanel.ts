/**
 * The Network panel's controls (network.ts does the work): Reload, Reload with the cache cleared, the
 * Offline switch kept in step with the server, and the "load my feed" form.
 */
import type { LightwireAutomation } from '../src/platform/automationHooks'
import { checkFeed, clearAppCache, type OfflineState, readOffline, setOffline } from './network'
import type { ExtraFeed } from './tvUrl'

export interface NetworkPanelElements {
  reload: HTMLButtonElement
  reloadCleared: HTMLButtonElement
  /** Fetches every feed now, as the app's refresh timer would, without a restart. */
  refreshFeeds: HTMLButtonElement
  offline: HTMLInputElement
  feedForm: HTMLFormElement
  feedUrl: HTMLInputElement
  feedTitle: HTMLInputElement
  removeFeed: HTMLButtonElement
  /** What the last action did (reload, cache, feed). */
  status: HTMLOutputElement
  /** The switch's state, kept current while offline: its own line, so it never hides an action's result. */
  offlineStatus: HTMLOutputElement
}

export interface NetworkPanelHost {
  /** Restarts the app; `hash` undefined keeps its route, '' starts at the root. */
  restart(hash?: string): void
  /** The app's route now, kept across a cache-clearing restart. */
  currentHash(): string
  setFeed(feed: ExtraFeed | undefined): void
  /** The running app's window (undefined on the TV's home screen). */
  appWindow(): (Window & { lightwire?: LightwireAutomation }) | undefined
  /** Where the page reaches the server: the emulator API, the app's settings.json, the proxy. */
  urls: { api: string; settings: string; proxy: string }
}

/** While offline, how often the count of dropped requests is refreshed (the app retries on its own). */
const OFFLINE_POLL_MS = 2000

export class NetworkPanel {
  /** Bumped by every flip of the switch: a state read that started before it is out of date. */
  private flips = 0

  constructor(
    private readonly el: NetworkPanelElements,
    private readonly host: NetworkPanelHost,
  ) {
    el.reload.addEventListener('click', () => host.restart())
    el.reloadCleared.addEventListener('click', () => void this.reloadCleared())
    el.refreshFeeds.addEventListener('click', () => void this.refreshFeeds())
    el.offline.addEventListener('change', () => void this.flip())
    el.feedForm.addEventListener('submit', (event) => {
      event.preventDefault()
      void this.loadFeed()
    })
    el.removeFeed.addEventListener('click', () => {
      host.setFeed(undefined)
      this.say('Extra feed removed.')
      host.restart('')
    })
    this.refresh().catch((error: unknown) => {
      el.offline.disabled = true
      el.offlineStatus.textContent = `Unavailable (${String(error)}): serve the emulator with npm start or npm run dev.`
    })
    setInterval(() => {
      if (el.offline.checked) this.refresh().catch(() => undefined)
    }, OFFLINE_POLL_MS)
  }

  showFeed(feed: ExtraFeed | undefined): void {
    this.el.feedUrl.value = feed?.url ?? ''
    this.el.feedTitle.value = feed && !feed.title.startsWith('My feed · ') ? feed.title : ''
  }

  private say(text: string): void {
    this.el.status.textContent = text
  }

  private show(state: OfflineState): void {
    this.el.offline.checked = state.offline
    this.el.offlineStatus.textContent = state.offline
      ? `Offline: the app's feeds, proxy, images and live stream get no answer (${state.dropped} dropped so far).`
      : 'Online.'
  }

  private async refresh(): Promise<void> {
    const flips = this.flips
    const state = await readOffline(this.host.urls.api)
    if (flips === this.flips) this.show(state)
  }

  private async flip(): Promise<void> {
    this.flips++
    const wanted = this.el.offline.checked
    try {
      this.show(await setOffline(this.host.urls.api, wanted))
    } catch (error) {
      this.el.offline.checked = !wanted
      this.el.offlineStatus.textContent = `Could not switch the network: ${String(error)}`
    }
  }

  /** The app's own refresh (window.lightwire.refresh): new stories and breaking news show as they would. */
  private async refreshFeeds(): Promise<void> {
    const app = this.host.appWindow()?.lightwire
    if (!app) {
      this.say('The app is not running: launch Lightwire first.')
      return
    }
    this.say('Refreshing feeds…')
    try {
      await app.refresh()
      this.say('Feeds refreshed.')
    } catch (error) {
      this.say(`Refresh failed: ${String(error)}`)
    }
  }

  private async reloadCleared(): Promise<void> {
    const hash = this.host.currentHash()
    try {
      const count = await clearAppCache(localStorage, this.host.urls.settings)
      this.say(`Cleared ${count} cached ${count === 1 ? 'entry' : 'entries'} of the app (preferences kept).`)
      this.host.restart(hash)
    } catch (error) {
      this.say(`Could not clear the app's cache: ${String(error)}`)
    }
  }

  private async loadFeed(): Promise<void> {
    this.say('Checking the feed…')
    try {
      const result = await checkFeed(this.el.feedUrl.value, this.el.feedTitle.value, this.host.urls.proxy)
      this.say(result.message)
      if (!result.ok) return
      this.host.setFeed(result.feed)
      this.host.restart('')
    } catch (error) {
      this.say(`Could not load the feed: ${String(error)}`)
    }
  }
}
