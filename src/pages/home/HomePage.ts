import { Lightning } from '@lightningjs/sdk'
import type { StoryHeadline } from '../../data/model'
import type { NewsSnapshot, NewsStore } from '../../data/newsStore'
import { applySectionPreferences } from '../../data/preferences'
import type { PreferencesService } from '../../data/preferencesService'
import type { ReadingHistoryService } from '../../data/readingHistoryService'
import type { Quality } from '../../platform/quality'
import type { ScriptFonts } from '../../platform/scriptFonts'
import { child } from '../../ui/child'
import { localeOf } from '../../ui/localeOf'
import { navigateTo } from '../../ui/navigate'
import { updatedLabel } from '../../ui/relativeTime'
import type { StoryRowEvents } from '../../ui/StoryRow'
import type { ColumnEntry, WindowedColumn } from '../../ui/WindowedColumn'
import type { PageTypeConfig } from '../page'
import { BackdropFollow } from './backdropFollow'
import { errorMessage, INLINE_ERROR_KEY, inlineErrorEntry } from './FullScreenError'
import type { HomeHeader } from './HomeHeader'
import { contextLabel, featuredStory, HERO_KEY, homeEntries, nothingToShow, showTimesAt } from './homeEntries'
import {
  applyFocusRequest,
  createHomeFocus,
  type HomeFocus,
  rememberedIndex,
  rememberedStory,
} from './homeFocus'
import { type HomeSpec, homeTemplate } from './homeTemplate'
import { NewStoriesFollow, type NewStoriesPort } from './newStoriesFollow'
import { holdForScript } from './scriptHold'

/** How often "Updated N min ago" and the tiles' relative times are redrawn. */
const TICK_MS = 30_000

/**
 * Home (`home`): header, the featured story (`hero`) and one carousel per section (`row-<id>`), built from
 * the news store as sections arrive. Rows load, fail and refresh independently; focus survives refreshes
 * and trips to other pages (see homeFocus.ts and docs/home.md). Up from the top row reaches the header's
 * Settings entry.
 */
export class HomePage
  extends Lightning.Component<HomeSpec, PageTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<HomeSpec>
{
  private _store: NewsStore | undefined
  private unsubscribe: (() => void) | undefined
  private timer: ReturnType<typeof setInterval> | undefined
  private readonly follow = new BackdropFollow(
    () => child(this, 'Backdrop'),
    () => this.focusedStory()?.imageUrl,
    () => !this.light,
  )
  private snapshotShown: NewsSnapshot | undefined
  private zone: 'column' | 'header' | 'error' = 'column'
  private _leading: readonly ColumnEntry[] = []
  /** Row memory and focus requests; routes.ts passes the app's shared one. */
  focusMemory: HomeFocus = createHomeFocus()
  /** Time source (tests pin it). */
  clock: () => number = Date.now
  /** The viewer's section order and visibility (Settings); read each time Home draws. */
  preferences: PreferencesService | undefined
  /** Drawing quality (routes.ts passes the app's): at low, no backdrop and light motion. */
  quality: Pick<Quality, 'level' | 'subscribe'> | undefined
  /** Fonts for Arabic-script stories, loaded before such a snapshot is drawn (routes.ts). */
  scripts: ScriptFonts | undefined
  private unsubscribeQuality: (() => void) | undefined
  /**
   * The reading history (routes.ts passes the app's): read marks and Continue reading. Read on every render,
   * and Home renders each time it is shown again, so it needs no subscription: it changes only on other pages.
   */
  history: Pick<ReadingHistoryService, 'partWay' | 'isRead'> | undefined
  /** What came in with refreshes (routes.ts passes the app's): the header's count and the tiles' "New". */
  newStories: NewStoriesPort | undefined
  private readonly fresh = new NewStoriesFollow(
    () => this.header,
    () => this.snapshotShown?.sections ?? [],
    () => this.newStories,
    () => this.snapshotShown && this.render(this.snapshotShown),
  )

  static override _template(): Lightning.Component.Template<HomeSpec> {
    return homeTemplate()
  }

  /** The news store (routes.ts passes `services.news`). Setting it again with the same store is a no-op. */
  set store(value: NewsStore | undefined) {
    if (value === this._store) return
    this.unsubscribe?.()
    this.unsubscribe = undefined
    this._store = value
    if (this.active) this.connect()
  }

  get store(): NewsStore | undefined {
    return this._store
  }

  /** Rows that lead Home, supplied from outside (the live channel's `live-tile`, issue #8). */
  set leading(entries: readonly ColumnEntry[]) {
    this._leading = entries
    if (this.snapshotShown) this.render(this.snapshotShown)
  }

  private get header(): HomeHeader {
    return child(this, 'Header')
  }

  private get column(): WindowedColumn {
    return child(this, 'Column')
  }

  override _init(): void {
    this.column.onFocusChange = (key) => {
      if (key === undefined) return
      this.focusMemory.row = key
      this.showContext(key)
      this.follow.schedule()
      this.fresh.seen(this.focusedStory()?.id)
    }
  }

  /** Every key on Home, handled or not, reaches this first: see BackdropFollow.postpone. */
  override _captureKey(): boolean {
    this.follow.postpone()
    return false
  }

  override _active(): void {
    this.connect()
    this.timer = setInterval(() => this.tick(), TICK_MS)
  }

  override _inactive(): void {
    this.unsubscribe?.()
    this.unsubscribe = undefined
    this.unsubscribeQuality?.()
    this.unsubscribeQuality = undefined
    this.fresh.disconnect()
    if (this.timer !== undefined) clearInterval(this.timer)
    this.timer = undefined
    this.follow.cancel()
  }

  override _detach(): void {
    this._inactive()
  }

  private get light(): boolean {
    return this.quality?.level() === 'low'
  }

  private connect(): void {
    this.unsubscribeQuality ??= this.quality?.subscribe(() => {
      // Stepped down (auto quality on a slow device): drop the backdrop and redraw with light motion.
      this.follow.clear()
      if (this.snapshotShown) this.render(this.snapshotShown)
    })
    this.fresh.connect()
    const store = this._store
    if (!store || this.unsubscribe) return
    this.unsubscribe = store.subscribe((snapshot) => this.render(snapshot))
    this.render(store.snapshot())
  }

  /** Draws a snapshot: the error screen, or the column with focus where the viewer left it. */
  private render(fromStore: NewsSnapshot): void {
    if (holdForScript(fromStore, this.scripts, () => this._store && this.render(this._store.snapshot())))
      return
    const preferences = this.preferences?.get()
    const snapshot = preferences
      ? { ...fromStore, sections: applySectionPreferences(fromStore.sections, preferences) }
      : fromStore
    this.snapshotShown = snapshot
    const now = this.clock()
    this.header.updated = updatedLabel(snapshot.updatedAt, now, localeOf(this))
    const empty = nothingToShow(snapshot)
    const fullScreen = empty && this._leading.length === 0
    const error = child(this, 'Error')
    error.visible = fullScreen
    this.column.visible = !fullScreen
    if (fullScreen) {
      error.message = errorMessage(snapshot.sections, localeOf(this))
      this.header.context = ''
      if (this.zone !== 'header') this.zone = 'error'
      this._refocus()
      return
    }
    if (this.zone === 'error') this.zone = 'column'
    const focusKey = applyFocusRequest(this.focusMemory, snapshot)
    // The live channel can still be watched when no story can: keep its row, the error and Retry go under it.
    const entries = empty
      ? [...this._leading, inlineErrorEntry(errorMessage(snapshot.sections, localeOf(this)))]
      : homeEntries({
          snapshot,
          now,
          leading: this._leading,
          indexFor: (section) => rememberedIndex(this.focusMemory, section),
          rowEvents: this.rowEvents,
          light: this.light,
          history: this.history,
          isNew: (storyId) => this.fresh.isNew(storyId),
          locale: localeOf(this),
        })
    this.column.setEntries(entries, focusKey)
    this.fresh.update()
    if (this.column.focusKey) this.showContext(this.column.focusKey)
    this._refocus()
  }

  private readonly rowEvents: StoryRowEvents = {
    onOpen: (story) => this.open(story),
    onRetry: (sectionId) => void this._store?.refresh(sectionId),
    onIndexChange: (story, index) => {
      this.focusMemory.rows.set(story.sectionId, { storyId: story.id, index })
      this.follow.schedule()
      this.fresh.seen(story.id)
    },
  }

  /** The story under focus in the rows (not the hero's, not a leading row's). */
  focusedStory(): StoryHeadline | undefined {
    const sections = this.snapshotShown?.sections ?? []
    return rememberedStory(this.focusMemory, sections, this.column.focusKey)
  }

  private open(story: StoryHeadline): void {
    this.fresh.seen(story.id)
    navigateTo(this, `story/${encodeURIComponent(story.id)}`)
  }

  private showContext(key: string): void {
    const { t } = localeOf(this)
    const words = { topStory: t.home.topStory, continueReading: t.fresh.continueReading }
    this.header.context = contextLabel(key, this.snapshotShown?.sections ?? [], words)
  }

  private tick(): void {
    const now = this.clock()
    if (this.snapshotShown)
      this.header.updated = updatedLabel(this.snapshotShown.updatedAt, now, localeOf(this))
    showTimesAt(this.column, now)
  }

  override _getFocused(): Lightning.Component | undefined {
    if (this.zone === 'header') return this.header
    if (this.zone === 'error') return this.tag('Error')
    return this.column.focusKey === undefined ? undefined : this.column
  }

  override _handleUp(): boolean {
    if (this.zone === 'header') return true
    this.zone = 'header'
    this.header.focusEntry('new')
    this._refocus()
    return true
  }

  override _handleDown(): boolean {
    if (this.zone !== 'header') return true
    const error = child(this, 'Error')
    this.zone = error.visible ? 'error' : 'column'
    this._refocus()
    return true
  }

  override _handleEnter(): boolean {
    if (this.zone === 'header') {
      if (this.header.focusedEntry === 'new') this.showNewStories()
      else navigateTo(this, 'settings')
      return true
    }
    if (this.zone === 'error' || this.column.focusKey === INLINE_ERROR_KEY) {
      void this._store?.refresh()
      return true
    }
    if (this.column.focusKey === HERO_KEY) {
      const featured = this.snapshotShown && featuredStory(this.snapshotShown)
      if (featured) this.open(featured.story)
      return true
    }
    return false
  }

  /** OK on "3 new stories": focus goes to the first of them (its row scrolls into view) and the count goes. */
  private showNewStories(): void {
    const first = this.fresh.takeFirst()
    if (first) this.focusMemory.focusStory(first)
    this.zone = 'column'
    if (this.snapshotShown) this.render(this.snapshotShown)
    this._refocus()
  }
}
