import { Lightning } from '@lightningjs/sdk'
import type { Story, StoryHeadline } from '../../data/model'
import { type Anchor, type Page, pageOf, paginate } from '../../data/paginate'
import type { TextSize } from '../../data/textSize'
import { child } from '../../ui/child'
import { localeOf } from '../../ui/localeOf'
import type { Speakable } from '../../ui/speech/speakable'
import { canvasMeasure, type MeasureFactory } from '../../ui/text/measure'
import { story as storyTheme } from '../../ui/theme'
import { chromeTexts, headlineText, pageHints, readingParagraphs, summaryNotice } from './readerChrome'
import { readerTemplate, type StoryReaderSpec } from './readerTemplate'
import { type ReaderLayout, readerLayout } from './storyLayout'

/** Everything the reader shows for one story. */
export interface ReaderContent {
  story: Story
  sectionTitle: string
  /** What Right opens (shown in `story-next`). */
  next?: StoryHeadline
  related: StoryHeadline[]
  sectionTitleOf: (story: StoryHeadline) => string
  now: number
  /** Where to open: the start of the page the viewer left the story on (reading history), else page 1. */
  resumeAt?: Anchor
}

/** Where the viewer is in a story: the page (0-based), of how many, and where that page starts in the text. */
export interface ReaderPosition {
  page: number
  pages: number
  anchor?: Anchor
}

type Zone = 'body' | 'size' | 'upnext'

/**
 * The story itself: rail (image, caption, QR), headline block on the first page, paginated body, footer
 * (`story-page`, `story-next`), the text-size control and the "Up next" list. Focus rests on the body text
 * (`story`) while reading; Up on the first page or the Options key reaches the text size, Down past the last
 * page reaches Up next. Left/Right are left to the page (previous/next story).
 */
export class StoryReader
  extends Lightning.Component<StoryReaderSpec>
  implements Lightning.Component.ImplementTemplateSpec<StoryReaderSpec>
{
  private content: ReaderContent | undefined
  private layout: ReaderLayout | undefined
  private pages: Page[] = []
  private pageIndex = 0
  /**
   * Where the viewer is reading: the start of the page they last turned to. Kept across size changes (not
   * re-derived from the re-laid-out page), so S → L → S comes back to the same text instead of drifting.
   */
  private anchor: Anchor | undefined
  private zone: Zone = 'body'
  private _textSize: TextSize = 'M'
  /** How text is measured (a canvas in the app; tests inject a fake). */
  measureFactory: MeasureFactory = canvasMeasure
  /** The viewer picked another text size. */
  onTextSize: (size: TextSize) => void = () => undefined
  /** The viewer chose a story in Up next. */
  onOpen: (story: StoryHeadline) => void = () => undefined
  /** The page on screen changed (opened, turned, re-paginated by a text size): the reading history's input. */
  onPosition: (position: ReaderPosition) => void = () => undefined

  static override _template(): Lightning.Component.Template<StoryReaderSpec> {
    return readerTemplate()
  }

  override _init(): void {
    const control = child(this, 'TextSize')
    control.size = this._textSize
    control.onChange = (size) => {
      this.textSize = size
      this.onTextSize(size)
    }
    control.onDone = () => this.focusZone('body')
    const upNext = child(this, 'UpNext')
    upNext.onOpen = (story) => this.onOpen(story)
    upNext.onExit = () => this.focusZone('body')
  }

  /** Shows a story from its first page, or from `content.resumeAt`. */
  show(content: ReaderContent): void {
    this.content = content
    this.zone = 'body'
    this.pageIndex = 0
    this.anchor = undefined
    const { story, sectionTitle } = content
    child(this, 'Rail').show(story, sectionTitle)
    const chrome = chromeTexts(content, localeOf(this))
    child(this, 'Breadcrumb').text = chrome.breadcrumb
    child(this, 'Meta').text = chrome.meta
    child(this, 'RunningHead').text = chrome.runningHead
    child(this, 'Next').text = chrome.next
    child(this, 'UpNext').show(content.related, content.sectionTitleOf, content.now)
    this.layOut()
    if (content.resumeAt) {
      this.anchor = content.resumeAt
      this.pageIndex = pageOf(this.pages, content.resumeAt)
    }
    this.render(0)
    this._refocus()
    this.reportPosition()
  }

  private reportPosition(): void {
    const anchor = this.pageIndex > 0 ? this.pages[this.pageIndex]?.anchor : undefined
    this.onPosition({ page: this.pageIndex, pages: this.pageCount, ...(anchor ? { anchor } : {}) })
  }

  set textSize(size: TextSize) {
    if (size === this._textSize) return
    this._textSize = size
    const control = this.tag('TextSize')
    if (control) control.size = size
    if (!this.content) return
    // Keep the reader on the text they were reading: the new page is the one that holds it.
    this.layOut()
    this.pageIndex = this.anchor ? pageOf(this.pages, this.anchor) : 0
    this.render(0)
    this.reportPosition()
  }

  get textSize(): TextSize {
    return this._textSize
  }

  get pageCount(): number {
    return Math.max(1, this.pages.length)
  }

  /** The text size control has focus (Up from there reaches read aloud's control). */
  get atTextSize(): boolean {
    return this.zone === 'size'
  }

  get currentPage(): number {
    return this.pageIndex
  }

  get story(): Story | undefined {
    return this.content?.story
  }

  /** The headline and "page 2 of 5": said again on every page turn. */
  speech(): Speakable | undefined {
    const story = this.content?.story
    if (!story) return undefined
    return { kind: 'reader', headline: story.title, page: this.pageIndex + 1, pages: this.pageCount }
  }

  /** Each page's text, paragraph fragment by fragment (read aloud reads these). */
  get readAloudPages(): string[][] {
    return this.pages.map((page) =>
      page.fragments.map((fragment) => fragment.lines.map((line) => line.text).join(' ')),
    )
  }

  /** Shows page `index` (read aloud turning pages as it reads); the body keeps focus. */
  showPage(index: number): void {
    if (index === this.pageIndex || !this.pages[index]) return
    const direction = index > this.pageIndex ? 1 : -1
    this.pageIndex = index
    this.anchor = this.pages[index]?.anchor
    this.render(direction)
  }

  /** The body text on screen, fragment by fragment. */
  get pageTexts(): string[] {
    return child(this, 'Body').texts
  }

  private layOut(): void {
    const story = this.content?.story
    if (!story) return
    this.layout = readerLayout(story.title, this._textSize, this.measureFactory)
    this.pages = paginate(readingParagraphs(story), this.layout.geometry, this.layout.measure)
  }

  private render(direction: -1 | 0 | 1): void {
    const layout = this.layout
    const content = this.content
    if (!layout || !content) return
    const first = this.pageIndex === 0
    const reading = this.zone !== 'upnext'
    const last = this.pageIndex >= this.pages.length - 1
    child(this, 'Breadcrumb').visible = first && reading
    child(this, 'Meta').patch({ visible: first && reading, y: layout.metaY })
    child(this, 'Headline').patch({
      visible: first && reading,
      y: layout.headlineY,
      text: headlineText(layout, content.story.dir ?? 'ltr', localeOf(this).dir),
    })
    child(this, 'RunningHead').visible = !first && reading

    const body = child(this, 'Body')
    body.visible = reading
    body.restY = first ? layout.firstBodyY : layout.bodyY
    body.h = storyTheme.bodyBottom - body.restY
    body.show(this.pages[this.pageIndex], layout.body, direction)
    this.renderNotice(layout, content.story, reading && last)

    const upNext = child(this, 'UpNext')
    upNext.visible = !reading
    const hints = pageHints(this.pageIndex, this.pages, reading, last && upNext.count > 0, localeOf(this))
    child(this, 'PageLabel').text = { text: hints.label }
    child(this, 'Hint').text = { text: hints.hint }
  }

  /** Stories without a body: after the summary, say where the rest is. */
  private renderNotice(layout: ReaderLayout, story: Story, onLastPage: boolean): void {
    const notice = summaryNotice({
      layout,
      page: this.pages[this.pageIndex],
      pageIndex: this.pageIndex,
      story,
      onLastPage,
      qrOffered: child(this, 'Rail').qr.encoded !== undefined,
      locale: localeOf(this),
    })
    child(this, 'Notice').visible = notice !== undefined
    if (notice) child(this, 'Notice').patch(notice)
  }

  private turn(delta: -1 | 1): boolean {
    const target = this.pageIndex + delta
    if (target < 0 || target >= this.pages.length) return false
    this.pageIndex = target
    this.anchor = this.pages[target]?.anchor
    this.render(delta)
    this.reportPosition()
    return true
  }

  private focusZone(zone: Zone): void {
    this.zone = zone
    this.render(0)
    this._refocus()
  }

  override _getFocused(): Lightning.Component {
    if (this.zone === 'size') return child(this, 'TextSize')
    if (this.zone === 'upnext') return child(this, 'UpNext')
    return child(this, 'Body')
  }

  private forward(): boolean {
    if (this.zone === 'size') this.focusZone('body')
    else if (!this.turn(1) && this.zone === 'body' && child(this, 'UpNext').count > 0) {
      this.focusZone('upnext')
    }
    return true
  }

  private backward(toControl: boolean): boolean {
    if (this.zone === 'upnext') this.focusZone('body')
    else if (!this.turn(-1) && toControl) this.focusZone('size')
    return true
  }

  override _handleDown(): boolean {
    return this.forward()
  }

  override _handleUp(): boolean {
    return this.backward(true)
  }

  _handlePageDown(): boolean {
    return this.forward()
  }

  _handlePageUp(): boolean {
    return this.backward(false)
  }

  /** Channel + is the next page, as P+ is in teletext. */
  _handleChannelUp(): boolean {
    return this.forward()
  }

  _handleChannelDown(): boolean {
    return this.backward(false)
  }

  override _handleEnter(): boolean {
    return this.forward()
  }

  /** Options / Menu: straight to the text size from any page. */
  _handleMenu(): boolean {
    this.focusZone(this.zone === 'size' ? 'body' : 'size')
    return true
  }
}
