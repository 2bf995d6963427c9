import { Launch, Lightning } from '@lightningjs/sdk'
import bundledSettings from '../settings.json'
import { createApp } from './App'
import { DEFAULT_BREAKING } from './data/breakingSettings'
import { createNewsStore } from './data/createNewsStore'
import { lazyFeedHttp } from './data/lazyFeedHttp'
import { lazyNewsFollowers } from './data/lazyNewsFollowers'
import { createPreferencesService } from './data/preferencesService'
import { createReadingHistoryService } from './data/readingHistoryService'
import { parseSettings } from './data/settings'
import { fontFaces } from './fonts'
import { chooseLanguage } from './i18n/chooseLanguage'
import { intlSupport } from './i18n/intlSupport'
import { directionOf, loadLanguage } from './i18n/languages'
import { createLocale } from './i18n/locale'
import { createHomeFocus } from './pages/home/homeFocus'
import { type LazyPageName, lazyPageFor, preloadPages } from './pages/lazyPages'
import { holdForImage, startFonts } from './platform/fontLoader'
import { watchFirstFrames } from './platform/frameWatch'
import { deviceGlobals } from './platform/globals'
import { createImageFailures, forgetImageFailuresWhenHealed } from './platform/imageFailures'
import { markWhenInteractive } from './platform/interactiveMark'
import { installKeyRepeatGate } from './platform/keyRepeat'
import { localLanguageMemory } from './platform/languageMemory'
import { needsLastFramePresented } from './platform/lastFramePresentation'
import { loadSettingsJson } from './platform/loadSettings'
import { openLocalStorage } from './platform/localStore'
import { createPlatform } from './platform/platform'
import { preloadFetch } from './platform/preloadFetch'
import { chooseQuality, createQuality } from './platform/quality'
import { localQualityMemory } from './platform/qualityMemory'
import { createReadyImages } from './platform/readyImages'
import { stageFor } from './platform/resolution'
import { createScriptFonts } from './platform/scriptFonts'
import { log, storage, useExactKeyMap } from './platform/sdk'
import { showCanvasWithFirstFocus } from './platform/showCanvas'
import { createGuidanceGate } from './platform/speech/guidanceGate'
import { routerSettings } from './routes'
import { Button } from './ui/Button'
import { Hero } from './ui/Hero'
import { LiveTile } from './ui/LiveTile'
import { MessagePanel } from './ui/MessagePanel'
import { RowMessage } from './ui/RowMessage'
import { StoryRow } from './ui/StoryRow'
import { Tile } from './ui/Tile'
import { installWrapTokenizer } from './ui/text/tokenizer'
import './main.css'

const ALL_PAGES: readonly LazyPageName[] = ['story', 'live', 'settings']
/** After Home is interactive: long enough for its first frames and the feeds' parsing to be done. */
const PRELOAD_DELAY_MS = 1000
const PRELOAD_FALLBACK_MS = 5000
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
/** Start-up's own frames (textures arriving, fonts) are slow everywhere: auto quality judges later ones. */
const QUALITY_WATCH_DELAY_MS = 2000
/**
 * How long past the fonts the App waits for the live poster. On a CPU-drawn stage a frame costs a few
 * hundred ms, so drawing Home without its first focus's picture and again with it costs more than this.
 */
const POSTER_GRACE_MS = 250

/** Boots Lightwire: settings → platform → (inspector) → Lightning stage in the page. */
async function start(): Promise<void> {
  // Before anything else asks the browser process for something (platform/localStore.ts).
  const local = openLocalStorage((message) => log.warn(message))
  const query = new URLSearchParams(window.location.search)
  // Fonts first: the App is created only once they are in, so they must not wait for settings.json.
  const fontLoader = startFonts(fontFaces, (message) => log.warn(message))
  // A cold start at `#story/…`, `#settings` or `#live` fetches that page's chunk alongside settings.json.
  const firstPage = lazyPageFor(window.location.hash)
  if (firstPage) preloadPages([firstPage])
  const { raw, warning } = await loadSettingsJson(bundledSettings)
  const settings = parseSettings(raw)
  if (warning) settings.warnings.unshift(warning)
  // Home's first focus is the live tile: its poster loads while Lightning starts, and is drawn in Home's first
  // frame instead of the one after.
  const readyImages = createReadyImages()
  const poster = settings.appSettings.live?.poster
  const posterReady = poster ? readyImages.warm(poster) : Promise.resolve()

  const warn = (message: string) => log.warn(message)
  const languageMemory = localLanguageMemory(settings.platformSettings.id, warn, local)
  const language = chooseLanguage(
    {
      query: query.get('lang'),
      chosen: languageMemory.read(),
      operator: settings.appSettings.language,
      device: navigator.languages ?? [navigator.language],
    },
    warn,
  )
  // English is in the bundle; another language's catalogue is a chunk fetched here, alongside the fonts.
  const loadedLanguage = loadLanguage(language, warn)
  // An RTL interface is drawn in Arabic script from its first frame: its font loads alongside the catalogue.
  const scripts = createScriptFonts(warn)
  const scriptsReady = directionOf(language) === 'rtl' ? scripts.ensureArabic() : Promise.resolve()

  const { platform, warnings } = createPlatform({
    globals: deviceGlobals(window),
    rawSettings: raw,
    warn: (message, error) => log.warn(message, ...(error === undefined ? [] : [error])),
    info: (message) => log.info(message),
  })
  settings.warnings.push(...warnings)
  // Before Lightning's own key listener exists, so held keys are paced from the very first one.
  installKeyRepeatGate(window, platform.keyMap, () => performance.now())

  // The inspector must patch Lightning's classes before the stage exists.
  const inspector = query.has('inspector') || settings.platformSettings.inspector
  if (inspector) {
    await import('@lightningjs/core/inspector')
    window.attachInspector(Lightning)
  }

  // The feed client and parser chunks wait for Home's first frame (data/lazyFeedHttp.ts, data/loadFeed.ts);
  // resolved once it is shown.
  let firstFrameShown: () => void = () => undefined
  const firstFrame = new Promise<void>((resolve) => {
    firstFrameShown = resolve
  })
  const news = createNewsStore({
    sections: settings.appSettings.sections,
    refreshMinutes: settings.appSettings.refreshMinutes,
    maxStoriesPerSection: settings.appSettings.maxStoriesPerSection,
    http: lazyFeedHttp({
      proxyUrl: settings.platformSettings.proxyUrl,
      pageOrigin: /^https?:/.test(window.location.protocol) ? window.location.origin : undefined,
      after: firstFrame,
      preload: preloadFetch(document),
      warn: (message) => log.warn(message),
    }),
    storage,
    warn: (message) => log.warn(message),
    parserAfter: firstFrame,
  })
  const preferences = createPreferencesService(
    storage,
    settings.appSettings.sections.map((section) => section.id),
    (message) => log.warn(message),
  )
  installWrapTokenizer()
  // With no hash the Router sets `#home` and waits for the browser's hashchange event, a task that runs only
  // after the first (CPU-drawn, costly) frame of an empty stage: writing it first lets the Router build Home
  // straight away. replaceState adds no history entry, as the Router's own redirect would.
  if (!window.location.hash) window.history.replaceState(window.history.state, '', '#home')
  const quality = createQuality(
    chooseQuality(query.get('quality'), settings.platformSettings.quality, (message) => log.warn(message)),
    localQualityMemory(settings.platformSettings.id, local),
  )
  // New stories and breaking news: stand-ins now, the real ones once Home is up (lazyNewsFollowers.ts).
  const followers = lazyNewsFollowers(
    news,
    {
      storage,
      breaking: settings.appSettings.breaking ?? DEFAULT_BREAKING,
      breakingSections: new Set(settings.appSettings.sections.filter((s) => s.breaking).map((s) => s.id)),
      preferences,
      clock: Date.now,
      warn: (message) => log.warn(message),
    },
    () => import('./data/newsFollowers'),
  )
  // Home's classes go to the speech chunk from here: see ui/speech/describe.ts.
  const speaking = { Tile, StoryRow, Hero, LiveTile, RowMessage, Button, MessagePanel }
  const guidance = createGuidanceGate(
    storage,
    query,
    () =>
      import('./platform/speech/runtime').then((speech) =>
        speech.pageGuidance(platform.id, speaking, storage, query, locale),
      ),
    (message) => log.warn(message),
  )
  const imageFailures = createImageFailures()
  await scriptsReady
  const locale = await loadedLanguage.then((loaded) =>
    createLocale(loaded.language, loaded.catalogue, intlSupport(globalThis.Intl)),
  )
  forgetImageFailuresWhenHealed(imageFailures, news, window)
  const App = createApp({
    settings,
    news,
    platform,
    preferences,
    storage,
    quality,
    imageFailures,
    guidance,
    homeFocus: createHomeFocus(),
    history: createReadingHistoryService(storage, Date.now, (message) => log.warn(message)),
    newStories: followers.newStories,
    breaking: followers.breaking,
    locale,
    languageMemory,
    scripts,
  })
  const app = Launch(
    App,
    {
      ...settings.appSettings,
      // Images load through <img> (CSP img-src), not Lightning's XHR image worker (connect-src), so story
      // images may come from any CDN a feed names while data requests stay limited to the feed hosts.
      stage: { ...stageFor(window.innerHeight, query, quality.level()), useImageWorker: false },
      keys: platform.keyMap,
      debug: false,
      enablePointer: false,
    },
    {
      ...settings.platformSettings,
      router: routerSettings,
      fontLoader: holdForImage(fontLoader, posterReady, POSTER_GRACE_MS),
    },
  )
  readyImages.install(app.stage)
  useExactKeyMap(app, platform.keyMap)
  // WPE shows a WebGL frame only once the next is drawn: a loaded image would stay off screen (presentLastFrame.ts).
  if (needsLastFramePresented(navigator.userAgent, query)) {
    void import('./platform/presentLastFrame').then(({ presentLastFrame }) => presentLastFrame(app.stage))
  }
  platform.start()
  void showCanvasWithFirstFocus(app, app.stage.getCanvas(), document.body).then(firstFrameShown)
  const interactive = markWhenInteractive(app)
  // The other pages' chunks once Home is up and the first frames are out, so a first visit does not wait
  // for the network (a screen change within 250 ms); a start that never marks (a deep link) waits longer.
  const idle = Promise.race([interactive, delay(PRELOAD_FALLBACK_MS)]).then(() => delay(PRELOAD_DELAY_MS))
  void idle.then(() => {
    preloadPages(ALL_PAGES)
    // The exit dialog too (App.ts), so the first Back at Home answers at once.
    App.warmExitDialog().catch((error: unknown) => log.warn('the exit dialog did not load', error))
  })
  idle
    .then(() => followers.load())
    .catch((error: unknown) => log.warn('new stories and breaking news are unavailable', error))
  // Auto quality watches the first animation the viewer sees once start-up's own work is done.
  if (quality.setting === 'auto' && quality.level() === 'high') {
    setTimeout(() => watchFirstFrames(app.stage, () => quality.stepDown()), QUALITY_WATCH_DELAY_MS)
  }
  // Read-only hooks for tests and `npm run bench` (which measures without the inspector's DOM mirror).
  // A chunk of its own: a viewer's start never downloads test hooks.
  if (inspector || query.has('automation')) {
    import('./platform/automationHooks')
      .then(({ exposeAutomationHooks }) => exposeAutomationHooks(app, { refresh: () => news.refresh() }))
      .catch((error: unknown) => log.warn('the automation hooks did not load', error))
  }
  // After Launch: the SDK's Storage is namespaced by platformSettings.id only once Launch has run.
  news.start()
  // After Launch too (Storage); on Tizen and webOS the TV's own voice guide is the default.
  guidance.start(platform.id === 'tizen' || platform.id === 'webos')
  for (const message of settings.warnings) log.warn(message)
}

start().catch((error: unknown) => {
  console.error('[Lightwire] start-up failed', error)
})
