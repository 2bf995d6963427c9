/**
 * The NewsStore the screens consume (see newsStore.ts): stale-while-revalidate over every configured section.
 * Cached sections show at once; every section is fetched in parallel and succeeds or fails on its own; a
 * failure keeps the last good stories; everything refreshes every `refreshMinutes`.
 */
import { type CachedSection, readCache, readCachedStories, writeCache } from './cache'
import { type Clock, nextTask, systemClock } from './clock'
import { sectionStories } from './headlines'
import type { FeedHttp } from './http'
import { loadFeed } from './loadFeed'
import type { Story } from './model'
import type { NewsSnapshot, NewsStore, SectionState, StoryLocation } from './newsStore'
import type { SectionSettings } from './settings'
import type { KeyValueStore } from './storage'
import type { XmlTreeBuilder } from './xml/tree'

export interface NewsStoreDeps {
  sections: readonly SectionSettings[]
  refreshMinutes: number
  http: FeedHttp
  storage: KeyValueStore
  clock?: Clock
  /** Stories kept per section (newest first). */
  maxStoriesPerSection?: number
  /** Feed warnings and storage problems go here (never swallowed, never shown to viewers). */
  warn?: (message: string) => void
  xml?: XmlTreeBuilder
  /** Awaited before each feed is parsed, so feeds arriving together are parsed in separate tasks. */
  yieldToHost?: () => Promise<void>
  /** Passed on to loadFeed: the parser's chunk waits for it (the app's first frame). */
  parserAfter?: Promise<void>
}

interface Entry {
  settings: SectionSettings
  state: SectionState
  etag?: string
  lastModified?: string
  inFlight?: Promise<void>
  attempted: boolean
  /**
   * The section's whole stories while the stored copy does not hold them (fetched since the last write, or a
   * write that failed or was trimmed). Once written whole they live only in storage: `state` keeps headlines.
   */
  whole?: Story[]
}

/** This section's stored copy: the same id and the same feed address (a changed address is another feed). */
const storedSectionOf = (sections: readonly CachedSection[], settings: SectionSettings) =>
  sections.find((section) => section.id === settings.id && section.url === settings.url)

/** A stored section's stories under the id the section has now: story ids stay stable across restarts. */
const storiesOf = (section: CachedSection, settings: SectionSettings): Story[] =>
  section.stories.map((story) => ({ ...story, sectionId: settings.id }))

export function createNewsStore(deps: NewsStoreDeps): NewsStore {
  const clock = deps.clock ?? systemClock
  const warn = deps.warn ?? (() => undefined)
  const listeners = new Set<(snapshot: NewsSnapshot) => void>()
  const entries: Entry[] = deps.sections.map((settings) => ({
    settings,
    attempted: false,
    state: {
      id: settings.id,
      title: settings.title,
      stories: sectionStories([]),
      fetchedAt: 0,
      status: 'loading',
      refreshing: false,
    },
  }))
  let current = makeSnapshot()
  let timer: unknown
  let started = false
  let disposed = false
  let resolveSettled: () => void = () => undefined
  const settledPromise = new Promise<void>((resolve) => {
    resolveSettled = resolve
  })
  if (entries.length === 0) resolveSettled()

  function makeSnapshot(): NewsSnapshot {
    const sections = entries.map((entry) => entry.state)
    return { sections, updatedAt: Math.max(0, ...sections.map((section) => section.fetchedAt)) }
  }

  function emit(): void {
    if (disposed) return
    current = makeSnapshot()
    for (const listener of [...listeners]) {
      try {
        listener(current)
      } catch (error) {
        warn(`A news listener failed: ${String(error)}`)
      }
    }
  }

  function update(entry: Entry, patch: Partial<SectionState>): void {
    const next = { ...entry.state, ...patch }
    next.status =
      next.stories.length > 0 ? 'ready' : next.error ? 'error' : next.fetchedAt > 0 ? 'empty' : 'loading'
    entry.state = next
  }

  function setStories(entry: Entry, stories: Story[], patch: Partial<SectionState>): void {
    entry.whole = stories
    update(entry, { ...patch, stories: sectionStories(stories) })
  }

  /** The stored copy's stories of every section that has one (read once, only when some are not in memory). */
  function storedStories(): (entry: Entry) => Story[] | undefined {
    let stored: CachedSection[] | undefined
    return ({ settings }) => {
      stored ??= readCache(deps.storage).sections
      const cached = storedSectionOf(stored, settings)
      return cached && storiesOf(cached, settings)
    }
  }

  function persist(): void {
    const fromStorage = storedStories()
    const sections: CachedSection[] = []
    for (const entry of entries) {
      const { settings, state, etag, lastModified } = entry
      const stories = state.fetchedAt > 0 ? (entry.whole ?? fromStorage(entry)) : undefined
      if (!stories) continue
      sections.push({
        id: state.id,
        title: state.title,
        url: settings.url,
        stories,
        fetchedAt: state.fetchedAt,
        ...(etag ? { etag } : {}),
        ...(lastModified ? { lastModified } : {}),
      })
    }
    const problem = writeCache(deps.storage, sections)
    if (problem) warn(problem)
    // Written whole: storage holds every story, memory keeps headlines. Otherwise keep the whole copies.
    else for (const entry of entries) entry.whole = undefined
  }

  /** The whole story at `index` of a section: the lead is kept whole, the others come from memory or storage. */
  function wholeStory(section: SectionState, index: number): Story | undefined {
    if (index === 0) return section.stories.lead
    const headline = section.stories.at(index)
    const entry = entries.find((candidate) => candidate.settings.id === section.id)
    if (!headline || !entry) return undefined
    const whole = entry.whole ?? readCachedStories(deps.storage, entry.settings.id, entry.settings.url)
    const story = whole?.find((candidate) => candidate.id === headline.id)
    if (story) return story
    // Never expected (the copy is written before memory lets go of it): show the headline rather than nothing.
    warn(`[${section.id}] story ${headline.id}: no stored copy, showing its headline only`)
    return { ...headline, summary: '', body: [] }
  }

  function restore(): void {
    const { sections, warning } = readCache(deps.storage)
    if (warning) warn(warning)
    for (const entry of entries) {
      const cached = storedSectionOf(sections, entry.settings)
      if (!cached) continue
      entry.etag = cached.etag
      entry.lastModified = cached.lastModified
      // The whole stories stay in storage, where they were just read from: memory keeps headlines.
      update(entry, {
        stories: sectionStories(storiesOf(cached, entry.settings)),
        fetchedAt: cached.fetchedAt,
      })
    }
  }

  async function fetchEntry(entry: Entry, conditional: boolean): Promise<void> {
    const { settings } = entry
    const result = await loadFeed(deps.http, {
      sectionId: settings.id,
      sectionTitle: settings.title,
      url: settings.url,
      ...(conditional ? { etag: entry.etag, lastModified: entry.lastModified } : {}),
      maxStories: deps.maxStoriesPerSection,
      xml: deps.xml,
      beforeParse: deps.yieldToHost ?? nextTask,
      parserAfter: deps.parserAfter,
    })
    if (disposed) return
    if (result.kind === 'not-modified') {
      // A 304 for a copy we no longer hold (storage cleared): ask again without validators.
      if (entry.state.fetchedAt === 0) return fetchEntry(entry, false)
      update(entry, { fetchedAt: clock.now(), error: undefined })
      return
    }
    for (const warning of result.warnings) warn(`[${settings.id}] ${warning}`)
    if (result.kind === 'error') {
      update(entry, { error: result.error })
      return
    }
    entry.etag = result.etag
    entry.lastModified = result.lastModified
    if (result.stories.length === 0 && entry.state.stories.length > 0) {
      // A feed that suddenly has no items is far more often a CMS hiccup than the end of the news:
      // keep showing the last good stories rather than hiding the row.
      warn(
        `[${settings.id}] the feed answered with no stories: keeping the previous ${entry.state.stories.length}`,
      )
      update(entry, { fetchedAt: clock.now(), error: undefined })
      return
    }
    setStories(entry, result.stories, { fetchedAt: clock.now(), error: undefined })
  }

  function refreshEntry(entry: Entry): Promise<void> {
    if (entry.inFlight) return entry.inFlight
    update(entry, { refreshing: true })
    const run = fetchEntry(entry, entry.state.stories.length > 0)
      .catch((error: unknown) => {
        // loadFeed never rejects; this guards the store's own bookkeeping from ever leaving a row spinning.
        warn(`[${entry.settings.id}] refresh failed: ${String(error)}`)
        update(entry, {
          error: { kind: 'load-failed', feed: entry.settings.title },
        })
      })
      .then(() => {
        entry.inFlight = undefined
        entry.attempted = true
        update(entry, { refreshing: false })
        emit()
        // One write per burst, when the last fetch in flight lands: with many sections, writing the whole
        // cache after each one would serialize it N times while the viewer is already pressing keys.
        if (!disposed && entries.every((candidate) => !candidate.inFlight)) persist()
        if (entries.every((candidate) => candidate.attempted)) resolveSettled()
      })
    entry.inFlight = run
    return run
  }

  function refresh(sectionId?: string): Promise<void> {
    if (disposed) return Promise.resolve()
    const targets =
      sectionId === undefined ? entries : entries.filter((entry) => entry.settings.id === sectionId)
    const runs = targets.map(refreshEntry)
    emit()
    return Promise.all(runs).then(() => undefined)
  }

  function schedule(): void {
    if (disposed) return
    timer = clock.setTimeout(() => {
      void refresh().then(schedule)
    }, deps.refreshMinutes * 60_000)
  }

  return {
    snapshot: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start() {
      if (started || disposed) return
      started = true
      restore()
      emit()
      void refresh().then(schedule)
    },
    refresh,
    findStory(id): StoryLocation | undefined {
      for (const section of current.sections) {
        const index = section.stories.indexOf(id)
        const story = index < 0 ? undefined : wholeStory(section, index)
        if (story) return { story, section, index }
      }
      return undefined
    },
    keepStoriesInMemory() {
      const fromStorage = storedStories()
      for (const entry of entries) entry.whole ??= fromStorage(entry)
    },
    settled: () => settledPromise,
    dispose() {
      disposed = true
      listeners.clear()
      if (timer !== undefined) clock.clearTimeout(timer)
    },
  }
}
