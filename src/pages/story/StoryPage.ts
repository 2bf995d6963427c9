import { Lightning } from '@lightningjs/sdk'
import type { StoryHeadline } from '../../data/model'
import type { NewsStore, StoryLocation } from '../../data/newsStore'
import { isPartWay } from '../../data/readingHistory'
import type { ReadingHistoryService } from '../../data/readingHistoryService'
import { neighbours, relatedStories } from '../../data/related'
import { hasArabicScript } from '../../data/text/direction'
import type { TextSizePreference } from '../../data/textSize'
import { speechWordsOf } from '../../i18n/speechWords'
import type { ScriptFonts } from '../../platform/scriptFonts'
import { testId } from '../../ui/automation'
import { Button } from '../../ui/Button'
import { child } from '../../ui/child'
import { Header } from '../../ui/Header'
import { localeOf } from '../../ui/localeOf'
import { navigateTo } from '../../ui/navigate'
import { message, safe, stage, story as storyTheme, textStyle } from '../../ui/theme'
import type { PageTypeConfig } from '../page'
import { storyPageLayout } from './layout'
import { type ListenState, type OpenReadAloud, StoryListening } from './listen'
import { StoryMissing } from './StoryMissing'
import { StoryReader } from './StoryReader'
import { storyWords } from './storyWords'

/** The loading line: a plain component so it can hold focus (exactly one focused element, always). */
class StoryLoading extends Lightning.Component {
  static override _template(): Lightning.Component.Template {
    return {
      ...testId('story-loading'),
      x: safe.title.x,
      y: message.y,
      text: { text: '', ...textStyle.title },
    }
  }

  override _init(): void {
    this.text = { text: storyWords(localeOf(this)).loading }
  }
}

interface StoryPageSpec extends Lightning.Component.TemplateSpec {
  Header: typeof Header
  Reader: typeof StoryReader
  Loading: typeof StoryLoading
  Missing: typeof StoryMissing
  Listen: typeof Button
}

/** What the story page needs from the app (routes.ts passes the app's services). */
export interface StoryServices {
  news: NewsStore
  textSize: TextSizePreference
  /** Home lands on the tile of the story being read when the viewer goes back (docs/home.md). */
  homeFocus: { focusStory(storyId: string): void }
  /** The Arabic font, loaded before an Arabic-script story is measured into pages. */
  scripts: ScriptFonts
  /** Logs problems a viewer does not need to see. */
  warn: (message: string) => void
  /** Records what the viewer reads and where they leave off (Home's read marks and "Continue reading"). */
  history: Pick<ReadingHistoryService, 'entryFor' | 'visit'>
  /** Read aloud (the app's speech chunk, loaded on first use). */
  listen: OpenReadAloud
}

type State = 'loading' | 'reading' | 'missing'

/**
 * Route `story/:id`. Finds the story in the news store — on a cold deep link, after the feeds have settled —
 * and shows it in the reader, or a friendly `not-found`. Left/Right open the previous/next story of the
 * section in place (no history entry, so Back always goes Home, where the tile of the story being read is
 * focused). The previous story's content is never on screen while another one is being looked up.
 */
export class StoryPage
  extends Lightning.Component<StoryPageSpec, PageTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<StoryPageSpec>
{
  services: StoryServices | undefined
  clock: () => number = Date.now
  private view: State = 'loading'
  private location: StoryLocation | undefined
  /** Bumped on every open: a late answer for an older request is ignored. */
  private request = 0
  /** Direction of the story change in progress (Left -1, Right 1), for the slide-in. */
  private travel: -1 | 0 | 1 = 0
  private listening: StoryListening | undefined
  /** The `story-listen` control has focus (Up from the text size control). */
  private listenFocused = false

  static override _template(): Lightning.Component.Template<StoryPageSpec> {
    return {
      w: stage.w,
      h: stage.h,
      Header: { type: Header },
      // Full-width containers: a mirrored (RTL) layout places each child from its parent's right edge.
      Reader: { type: StoryReader, w: stage.w, visible: false },
      Loading: { type: StoryLoading, w: stage.w, visible: false },
      Missing: { type: StoryMissing, w: stage.w, visible: false },
      Listen: {
        type: Button,
        ...storyPageLayout.listen,
        visible: false,
        ...testId('story-listen'),
      },
    }
  }

  override _init(): void {
    this.showListenState('idle')
    const reader = this.reader
    reader.onTextSize = (size) => this.services?.textSize.set(size)
    reader.onOpen = (story) => this.go(story, 1)
    reader.onPosition = (position) => {
      const story = this.location?.story
      if (story) this.services?.history.visit({ storyId: story.id, sectionId: story.sectionId, ...position })
    }
  }

  get reader(): StoryReader {
    return child(this, 'Reader')
  }

  /** The state on screen (for tests). */
  get shown(): State {
    return this.view
  }

  /** Opens the story with this id (called by the route on every navigation, the page instance is reused). */
  open(id: string): void {
    const services = this.services
    const token = ++this.request
    this.location = undefined
    this.listening?.stop()
    this.listenFocused = false
    this.setState('loading')
    if (!services) return
    const found = services.news.findStory(id)
    if (found) {
      this.showWhenDrawable(found, token)
      return
    }
    // A cold deep link: the feeds are still arriving. Wait for every section to load or fail once.
    services.news
      .settled()
      .then(() => {
        if (token !== this.request) return
        const located = services.news.findStory(id)
        if (located) this.showWhenDrawable(located, token)
        else this.setState('missing')
      })
      .catch((error: unknown) => {
        services.warn(`story ${id}: the feeds did not settle (${String(error)})`)
        if (token === this.request) this.setState('missing')
      })
  }

  /** The reader measures text to paginate it: an Arabic-script story waits for its font first. */
  private showWhenDrawable(location: StoryLocation, token: number): void {
    const scripts = this.services?.scripts
    const { story } = location
    const arabic = [story.title, story.summary, ...story.body].some(hasArabicScript)
    if (!scripts || scripts.arabicReady || !arabic) {
      this.showStory(location)
      return
    }
    void scripts.ensureArabic().then(() => {
      if (token === this.request) this.showStory(location)
    })
  }

  private showStory(location: StoryLocation): void {
    const services = this.services
    if (!services) return
    this.location = location
    const snapshot = services.news.snapshot()
    const titles = new Map(snapshot.sections.map((section) => [section.id, section.title]))
    const reader = this.reader
    reader.textSize = services.textSize.get()
    // A story left part-way opens where the viewer left it (from Continue reading, or from its own tile).
    const left = services.history.entryFor(location.story.id)
    reader.show({
      ...(left && isPartWay(left) && left.anchor ? { resumeAt: left.anchor } : {}),
      story: location.story,
      sectionTitle: location.section.title,
      next: neighbours(location).next,
      related: relatedStories(snapshot, location),
      sectionTitleOf: (story) => titles.get(story.sectionId) ?? '',
      now: this.clock(),
    })
    child(this, 'Header').context = storyWords(localeOf(this)).breadcrumb(location.section.title)
    // Back lands on this story's tile, even after Left/Right moved through several stories.
    services.homeFocus.focusStory(location.story.id)
    this.setState('reading')
    if (this.travel !== 0) {
      reader.patch({ x: this.travel * storyTheme.pageShift * 2, alpha: 0.2 })
      reader.patch({
        smooth: { x: [0, { duration: storyTheme.pageTurn }], alpha: [1, { duration: storyTheme.pageTurn }] },
      })
      this.travel = 0
    }
  }

  private setState(state: State): void {
    this.view = state
    this.reader.visible = state === 'reading'
    child(this, 'Listen').visible = state === 'reading'
    child(this, 'Loading').visible = state === 'loading'
    child(this, 'Missing').visible = state === 'missing'
    if (state !== 'reading') child(this, 'Header').context = ''
    this._refocus()
  }

  override _getFocused(): Lightning.Component {
    if (this.view === 'reading') return this.listenFocused ? child(this, 'Listen') : this.reader
    if (this.view === 'missing') return child(this, 'Missing')
    return child(this, 'Loading')
  }

  /** Another story, in place of this one: no history entry, so Back still goes Home. */
  private go(story: StoryHeadline, travel: -1 | 1): void {
    this.travel = travel
    navigateTo(this, `story/${encodeURIComponent(story.id)}`, {}, false)
  }

  /** Leaving the story (Back, Home, another route) stops reading aloud. */
  override _inactive(): void {
    this.listening?.stop()
  }

  private get listen(): StoryListening | undefined {
    const services = this.services
    if (!services) return undefined
    this.listening ??= new StoryListening(
      services.listen,
      this.reader,
      (state) => this.showListenState(state),
      services.warn,
    )
    return this.listening
  }

  private showListenState(state: ListenState): void {
    const words = speechWordsOf(localeOf(this))
    child(this, 'Listen').label =
      state === 'reading' ? words.pause : state === 'paused' ? words.resume : words.listen
  }

  /** Play/Pause reads the story aloud from this page, pauses and resumes (whether or not guidance is on). */
  _handlePlayPause(): boolean {
    if (this.view === 'reading') this.listen?.toggle()
    return true
  }

  _handlePlay(): boolean {
    if (this.listen?.state !== 'reading') return this._handlePlayPause()
    return true
  }

  _handlePause(): boolean {
    if (this.listen?.state === 'reading') this.listen.toggle()
    return true
  }

  /** Up from the text size control reaches the Listen control above the story. */
  override _captureUp(): boolean {
    if (this.view !== 'reading' || this.listenFocused || !this.reader.atTextSize) return false
    this.listenFocused = true
    this._refocus()
    return true
  }

  override _handleEnter(): boolean {
    if (!this.listenFocused) return false
    this.listen?.toggle()
    return true
  }

  override _handleDown(): boolean {
    if (!this.listenFocused) return false
    this.listenFocused = false
    this._refocus()
    return true
  }

  override _handleLeft(): boolean {
    const previous = this.location && neighbours(this.location).previous
    if (previous) this.go(previous, -1)
    return true
  }

  override _handleRight(): boolean {
    const next = this.location && neighbours(this.location).next
    if (next) this.go(next, 1)
    return true
  }
}
