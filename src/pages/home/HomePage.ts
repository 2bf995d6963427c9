import { Lightning, Router } from '@lightningjs/sdk'
import type { Story } from '../../data/model'
import type { NewsSnapshot, NewsStore, SectionState } from '../../data/newsStore'
import { testId } from '../../ui/automation'
import { Button } from '../../ui/Button'
import { Header } from '../../ui/Header'
import type { Hero } from '../../ui/Hero'
import { updatedLabel } from '../../ui/relativeTime'
import type { StoryRow, StoryRowEvents } from '../../ui/StoryRow'
import { colors, home, safe, stage, textStyle } from '../../ui/theme'
import { type ColumnEntry, WindowedColumn } from '../../ui/WindowedColumn'
import type { PageTypeConfig } from '../page'
import { errorMessage, FullScreenError } from './FullScreenError'
import { featuredStory, HERO_KEY, homeEntries, nothingToShow } from './homeEntries'
import { createHomeFocus, type HomeFocus, indexFor } from './homeFocus'

interface HomeSpec extends Lightning.Component.TemplateSpec {
  Column: typeof WindowedColumn
  HeaderBand: object
  Header: typeof Header
  Updated: object
  Settings: typeof Button
  Error: typeof FullScreenError
}

/** How often "Updated N min ago" and the tiles' relative times are redrawn. */
const TICK_MS = 30_000
const SETTINGS_W = 200
/** Room kept for the clock ("12:45 PM" at title size) and the freshness line, right to left. */
const CLOCK_W = 250
const UPDATED_W = 290

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
  private snapshotShown: NewsSnapshot | undefined
  private zone: 'column' | 'header' | 'error' = 'column'
  private _leading: readonly ColumnEntry[] = []
  /** Row memory and focus requests; routes.ts passes the app's shared one. */
  focusMemory: HomeFocus = createHomeFocus()
  /** Time source (tests pin it). */
  clock: () => number = Date.now

  static override _template(): Lightning.Component.Template<HomeSpec> {
    return {
      ...testId('home'),
      w: stage.w,
      h: stage.h,
      Column: {
        type: WindowedColumn,
        x: safe.title.x,
        y: home.viewportY,
        layout: {
          viewportH: stage.h - home.viewportY,
          anchor: home.anchorY - home.viewportY,
          gap: home.row.gap,
          overscan: home.overscan.px,
        },
      },
      // Content scrolls under the header: this band keeps the header legible.
      HeaderBand: { w: stage.w, h: home.viewportY, rect: true, color: colors.background },
      Header: { type: Header },
      Updated: {
        ...testId('updated'),
        x: safe.title.right - CLOCK_W,
        y: safe.title.y + 10,
        mountX: 1,
        text: { text: '', ...textStyle.label },
      },
      // The header's Settings entry (issue #6 may restyle it): reached with Up from the top row.
      Settings: {
        type: Button,
        x: safe.title.right - CLOCK_W - UPDATED_W - SETTINGS_W,
        y: safe.title.y - 8,
        w: SETTINGS_W,
        label: 'Settings',
        ...testId('open-settings'),
      },
      Error: { type: FullScreenError, visible: false },
    }
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

  private get column(): WindowedColumn {
    return this.tag('Column') as WindowedColumn
  }

  override _init(): void {
    this.column.onFocusChange = (key) => {
      if (key === undefined) return
      this.focusMemory.row = key
      this.showContext(key)
    }
  }

  override _active(): void {
    this.connect()
    this.timer = setInterval(() => this.tick(), TICK_MS)
  }

  override _inactive(): void {
    this.unsubscribe?.()
    this.unsubscribe = undefined
    if (this.timer !== undefined) clearInterval(this.timer)
    this.timer = undefined
  }

  override _detach(): void {
    this._inactive()
  }

  private connect(): void {
    const store = this._store
    if (!store || this.unsubscribe) return
    this.unsubscribe = store.subscribe((snapshot) => this.render(snapshot))
    this.render(store.snapshot())
  }

  /** Draws a snapshot: the error screen, or the column with focus where the viewer left it. */
  private render(snapshot: NewsSnapshot): void {
    this.snapshotShown = snapshot
    const now = this.clock()
    this.tag('Updated')!.text = { text: updatedLabel(snapshot.updatedAt, now) }
    const error = this.tag('Error') as FullScreenError
    if (nothingToShow(snapshot) && this._leading.length === 0) {
      error.message = errorMessage(snapshot.sections)
      error.visible = true
      ;(this.tag('Header') as Header).context = ''
      this.column.visible = false
      if (this.zone !== 'header') this.zone = 'error'
      this._refocus()
      return
    }
    error.visible = false
    this.column.visible = true
    if (this.zone === 'error') this.zone = 'column'
    const focusKey = this.applyRequest(snapshot)
    this.column.setEntries(
      homeEntries({
        snapshot,
        now,
        leading: this._leading,
        indexFor: (section) => this.rowIndex(section),
        rowEvents: this.rowEvents,
      }),
      focusKey,
    )
    if (this.column.focusKey) this.showContext(this.column.focusKey)
    this._refocus()
  }

  /** A pending "focus this story" from another page becomes the row memory; returns the row to focus. */
  private applyRequest(snapshot: NewsSnapshot): string | undefined {
    const memory = this.focusMemory
    const requested = memory.takeRequest()
    if (requested) {
      for (const section of snapshot.sections) {
        const index = section.stories.findIndex((story) => story.id === requested)
        if (index >= 0 && section.status === 'ready') {
          memory.rows.set(section.id, { storyId: requested, index })
          memory.row = section.id
          break
        }
      }
    }
    return memory.row
  }

  private rowIndex(section: SectionState): number {
    const memory = this.focusMemory
    const index = indexFor(
      memory.rows.get(section.id),
      section.stories.map((story) => story.id),
    )
    const story = section.stories[index]
    if (story) memory.rows.set(section.id, { storyId: story.id, index })
    return index
  }

  private readonly rowEvents: StoryRowEvents = {
    onOpen: (story) => this.open(story),
    onRetry: (sectionId) => void this._store?.refresh(sectionId),
    onIndexChange: (story, index) => {
      this.focusMemory.rows.set(story.sectionId, { storyId: story.id, index })
    },
  }

  private open(story: Story): void {
    Router.navigate(`story/${encodeURIComponent(story.id)}`)
  }

  private showContext(key: string): void {
    const snapshot = this.snapshotShown
    const header = this.tag('Header') as Header
    if (key === HERO_KEY) header.context = 'Top story'
    else header.context = snapshot?.sections.find((section) => section.id === key)?.title ?? ''
  }

  private tick(): void {
    const now = this.clock()
    if (this.snapshotShown) {
      this.tag('Updated')!.text = { text: updatedLabel(this.snapshotShown.updatedAt, now) }
    }
    for (const key of this.column.renderedKeys()) {
      const element = this.column.elementFor(key)
      if (key === HERO_KEY) (element as Hero).now = now
      else if (element && 'section' in element) (element as StoryRow).now = now
    }
  }

  override _getFocused(): Lightning.Component | undefined {
    if (this.zone === 'header') return this.tag('Settings')
    if (this.zone === 'error') return this.tag('Error')
    return this.column.focusKey === undefined ? undefined : this.column
  }

  override _handleUp(): boolean {
    if (this.zone === 'header') return true
    this.zone = 'header'
    this._refocus()
    return true
  }

  override _handleDown(): boolean {
    if (this.zone !== 'header') return true
    const error = this.tag('Error') as FullScreenError
    this.zone = error.visible ? 'error' : 'column'
    this._refocus()
    return true
  }

  override _handleEnter(): boolean {
    if (this.zone === 'header') {
      Router.navigate('settings')
      return true
    }
    if (this.zone === 'error') {
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
}
