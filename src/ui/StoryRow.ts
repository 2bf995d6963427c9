import { Lightning } from '@lightningjs/sdk'
import type { StoryHeadline } from '../data/model'
import type { RowSection } from '../data/newsStore'
import { setTestId, testId } from './automation'
import { Carousel } from './Carousel'
import { child } from './child'
import { feedErrorText, theFeed } from './feedErrorText'
import { localeOf } from './localeOf'
import { RowMessage } from './RowMessage'
import { Skeleton } from './Skeleton'
import { Tile } from './Tile'
import { home, safe, textStyle } from './theme'

export type StoryMarks = (story: StoryHeadline) => { read: boolean; fresh?: boolean; label?: string }

export interface StoryRowEvents {
  /** Enter on a tile. */
  onOpen(story: StoryHeadline, index: number): void
  /** Enter on the row's Retry (the section failed and has nothing cached). */
  onRetry(sectionId: string): void
  /** Focus moved to another tile (the page remembers it and may follow it with the hero). */
  onIndexChange(story: StoryHeadline, index: number): void
}

interface StoryRowSpec extends Lightning.Component.TemplateSpec {
  Title: object
  Body: object
}

const VIEW_W = safe.title.right - safe.title.x
const SKELETON_TILES = 5

/** Height of a row for a section in this state (an error row is shorter: message and button only). */
export function storyRowHeight(section: Pick<RowSection, 'status'>): number {
  return section.status === 'error' ? home.row.titleH + home.row.messageH : home.row.titleH + home.tile.h
}

/**
 * One section on Home (`row-<sectionId>`): its title, then a carousel of tiles (`tile-<sectionId>-<index>`)
 * when ready, a pulsing skeleton while loading, or a message with `retry` when it failed with nothing cached.
 * A loading row is not focusable (`focusable` is false), so focus never lands on nothing.
 */
export class StoryRow
  extends Lightning.Component<StoryRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<StoryRowSpec>
{
  private _section: RowSection | undefined
  private mode: RowSection['status'] | undefined
  private _now = Date.now()
  private startIndex = 0
  private carouselElement: Carousel | undefined
  private messageElement: RowMessage | undefined
  events: StoryRowEvents | undefined
  /** Light motion (low drawing quality) for the tiles: see Tile.light. */
  light = false
  /** Per story: read or not, and a meta label of its own (Continue reading's "Page 3 of 7"). */
  marks: StoryMarks = () => ({ read: false })

  static override _template(): Lightning.Component.Template<StoryRowSpec> {
    return {
      w: VIEW_W,
      Title: { text: { text: '', ...textStyle.title } },
      // Widths on the containers too: a mirrored (RTL) layout places each child from its parent's right edge.
      Body: { y: home.row.titleH, w: VIEW_W },
    }
  }

  /** Sets (or refreshes) the section; `index` is the tile to focus, usually from the page's row memory. */
  show(section: RowSection, index: number, now: number): void {
    this._section = section
    this._now = now
    this.startIndex = index
    setTestId(this, `row-${section.id}`)
    child(this, 'Title').text = { text: section.title }
    this.h = storyRowHeight(section)
    if (section.status !== this.mode) this.build(section.status)
    if (section.status === 'ready') this.fill(section, index)
    if (section.status === 'error' && this.messageElement) {
      const locale = localeOf(this)
      this.messageElement.message = section.error
        ? feedErrorText(section.error, locale)
        : locale.t.feed.loadFailed(theFeed(section.title, locale))
    }
  }

  get section(): RowSection | undefined {
    return this._section
  }

  /** Whether the row can take focus: it has tiles, or a Retry. */
  get focusable(): boolean {
    return this.mode === 'ready' || this.mode === 'error'
  }

  /** The focused tile's index (ready rows). */
  get index(): number {
    return this.carousel?.index ?? this.startIndex
  }

  get carousel(): Carousel | undefined {
    return this.mode === 'ready' ? this.carouselElement : undefined
  }

  /** Re-labels "5 min ago" on the tiles that exist. */
  set now(value: number) {
    this._now = value
    const carousel = this.carousel
    if (!carousel) return
    for (const i of carousel.renderedIndexes()) {
      const tile = carousel.elementAt(i)
      if (tile instanceof Tile) tile.now = value
    }
  }

  private build(status: RowSection['status']): void {
    this.mode = status
    const body = child(this, 'Body')
    body.childList.clear()
    this.carouselElement = undefined
    this.messageElement = undefined
    if (status === 'ready') {
      const carousel = this.stage.c({ type: Carousel, w: VIEW_W })
      carousel.onIndexChange = (index) => {
        const story = this._section?.stories.at(index)
        if (story) this.events?.onIndexChange(story, index)
      }
      body.childList.a(carousel)
      this.carouselElement = carousel
    } else if (status === 'loading') {
      const step = home.tile.w + home.tile.gap
      for (let i = 0; i < SKELETON_TILES; i++) {
        body.childList.a(this.stage.c({ type: Skeleton, x: i * step, w: home.tile.w, h: home.tile.h }))
      }
    } else if (status === 'error') {
      this.messageElement = this.stage.c({ type: RowMessage, w: VIEW_W })
      body.childList.a(this.messageElement)
    }
  }

  private fill(section: RowSection, index: number): void {
    const carousel = this.carousel
    if (!carousel) return
    const label = section.title
    carousel.setSource(
      {
        count: section.stories.length,
        itemW: home.tile.w,
        gap: home.tile.gap,
        viewW: VIEW_W,
        overscan: home.overscan.tiles,
        create: (i) =>
          ({ type: Tile, ...testId(`tile-${section.id}-${i}`) }) as Lightning.Element.PatchTemplate,
        update: (tile, i) => {
          if (!(tile instanceof Tile)) return
          const story = this._section?.stories.at(i)
          tile.light = this.light
          tile.place = { position: i + 1, total: section.stories.length }
          if (!story) return
          const marks = this.marks(story)
          tile.item = {
            story,
            label: marks.label ?? label,
            now: this._now,
            read: marks.read,
            fresh: marks.fresh === true,
          }
        },
      },
      index,
    )
  }

  override _getFocused(): Lightning.Component | undefined {
    if (this.mode === 'ready') return this.carousel
    if (this.mode === 'error') return this.messageElement
    return undefined
  }

  override _handleEnter(): boolean {
    const section = this._section
    if (!section) return false
    if (this.mode === 'error') {
      this.events?.onRetry(section.id)
      return true
    }
    const carousel = this.carousel
    const story = carousel ? section.stories.at(carousel.index) : undefined
    if (!carousel || !story) return false
    this.events?.onOpen(story, carousel.index)
    return true
  }
}
