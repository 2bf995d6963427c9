/**
 * The browser TV emulator page (docs/emulator.md): the real built app in `<iframe name="tv">`, a remote
 * that sends the selected platform's key codes, overlays, network and feed controls, and a key log that
 * becomes an e2e test. This file only wires the parts together; each part is its own module.
 */
import { isLanguage } from '../src/i18n/languageCodes'
import { isPlatformId, PLATFORM_NAMES } from '../src/platform/detect'
import { FrameStats, formatFrames } from './frameStats'
import { installKeyboard } from './keyboard'
import type { LogEntry } from './keyLog'
import { KeyLogPanel } from './keyLogPanel'
import { holdKey } from './keySender'
import { NetworkPanel } from './networkPanel'
import { drawFocusBox, measureFrames, readFocusBox, renderSafeAreas } from './overlays'
import { applyQuery, type EmulatorPrefs, PREFS_KEY, parsePrefs } from './prefs'
import { REMOTES } from './remotes'
import { type PressHandler, renderRemote } from './remoteView'
import { SpeechPanel } from './speechPanel'
import { STAGE_SIZES, TvFrame } from './tvFrame'

function startEmulator(doc: Document, storage: Storage): void {
  const $ = <T extends Element>(selector: string): T => {
    const found = doc.querySelector<T>(selector)
    if (!found) throw new Error(`emulator/index.html has no ${selector}`)
    return found
  }
  const controls = {
    platform: $<HTMLSelectElement>('select[name="platform"]'),
    language: $<HTMLSelectElement>('select[name="language"]'),
    resolution: $<HTMLSelectElement>('select[name="resolution"]'),
    build: $<HTMLSelectElement>('select[name="build"]'),
    safeArea: $<HTMLInputElement>('input[name="safe-area"]'),
    focusOutline: $<HTMLInputElement>('input[name="focus-outline"]'),
    fps: $<HTMLInputElement>('input[name="fps"]'),
    guidance: $<HTMLInputElement>('input[name="guidance"]'),
  }
  const layers = {
    safeAreas: $<HTMLElement>('.safe-areas'),
    focus: $<HTMLElement>('.focus-outline'),
    focusLabel: $<HTMLElement>('.focus-label'),
    fps: $<HTMLOutputElement>('.fps-readout'),
  }
  const status = (name: string) => $<HTMLElement>(`[data-status="${name}"]`)

  let prefs: EmulatorPrefs = applyQuery(
    parsePrefs(storage.getItem(PREFS_KEY)),
    new URLSearchParams(doc.defaultView?.location.search ?? ''),
  )
  const frames = new FrameStats()
  let stopFrames: (() => void) | undefined
  const speech = new SpeechPanel($('.speech-log'))
  /** The press whose result is still being written down: an exit is its outcome. */
  let lastEntry: LogEntry | undefined

  const tv = new TvFrame(
    { area: $('.tv-area'), screen: $('.screen'), home: $('.home-screen'), homeReason: $('.home-reason') },
    {
      started(win, state) {
        log.startSession(state.platform, state.resolution, state.hash ?? '')
        stopFrames?.()
        stopFrames = measureFrames(win, frames)
        speech.listen(win)
      },
      exited(reason) {
        stopFrames?.()
        frames.reset()
        if (lastEntry && !lastEntry.after && !lastEntry.outcome) log.outcome(lastEntry, reason)
      },
    },
  )
  const log = new KeyLogPanel(
    {
      list: $('.log'),
      script: $('textarea[name="test-script"]'),
      copy: $('[data-action="copy-script"]'),
      clear: $('[data-action="clear-log"]'),
      note: $('.log-note'),
    },
    () => tv.readState(),
  )

  /** Restarts the app with the current choices, at `hash` (default: where it is now). */
  const restart = (hash = tv.currentHash()) =>
    tv.load({
      platform: prefs.platform,
      resolution: prefs.resolution,
      build: prefs.build,
      guidance: prefs.guidance,
      ...(prefs.language ? { language: prefs.language } : {}),
      hash,
      ...(prefs.feed ? { feed: prefs.feed } : {}),
    })

  const press: PressHandler = (button) => {
    const platform = prefs.platform
    const action = REMOTES[platform][button]
    if (action.kind === 'absent') return () => undefined
    // On the TV's home screen the remote belongs to the TV: OK opens the highlighted app (Lightwire) again.
    if (tv.isHome()) {
      if (button === 'ok') restart('')
      return () => undefined
    }
    const entry = log.begin({ button, platform, code: action.kind === 'key' ? action.code : undefined })
    lastEntry = entry
    if (action.kind === 'system') {
      tv.showHome(action.note)
      return () => undefined
    }
    const started = performance.now()
    const held = holdKey(() => tv.window, action, window)
    return () => {
      held.release()
      void log.finish(entry, held.repeats, performance.now() - started)
    }
  }
  const remote = renderRemote($('.remote'), press)
  installKeyboard(doc, press, (button, pressed) => remote.showPressed(button, pressed))

  const network = new NetworkPanel(
    {
      reload: $('[data-action="reload"]'),
      reloadCleared: $('[data-action="reload-cleared"]'),
      refreshFeeds: $('[data-action="refresh-feeds"]'),
      offline: $('input[name="offline"]'),
      feedForm: $('.feed-form'),
      feedUrl: $('input[name="feed-url"]'),
      feedTitle: $('input[name="feed-title"]'),
      removeFeed: $('[data-action="remove-feed"]'),
      status: $('output[name="network-status"]'),
      offlineStatus: $('output[name="offline-status"]'),
    },
    {
      restart,
      currentHash: () => tv.currentHash(),
      setFeed: (feed) => update({ feed }, false),
      appWindow: () => tv.window,
      urls: { api: 'api/', settings: 'tv/settings.json', proxy: 'tv/proxy' },
    },
  )

  function show(): void {
    controls.platform.value = prefs.platform
    controls.language.value = prefs.language ?? ''
    controls.resolution.value = prefs.resolution
    controls.build.value = prefs.build
    controls.safeArea.checked = prefs.safeArea
    controls.focusOutline.checked = prefs.focusOutline
    controls.fps.checked = prefs.fps
    controls.guidance.checked = prefs.guidance
    layers.safeAreas.hidden = !prefs.safeArea
    layers.fps.hidden = !prefs.fps
    if (!prefs.focusOutline) layers.focus.hidden = true
    network.showFeed(prefs.feed)
    remote.setPlatform(prefs.platform)
    status('platform').textContent = PLATFORM_NAMES[prefs.platform]
    const stage = STAGE_SIZES[prefs.resolution]
    status('stage').textContent =
      `${stage.w}×${stage.h}${prefs.resolution === '720p' ? ' (precision 2/3)' : ''}`
  }

  function update(change: Partial<EmulatorPrefs>, restartApp: boolean): void {
    const { feed: _old, ...rest } = prefs
    prefs = { ...rest, ...change }
    if (prefs.feed === undefined) delete prefs.feed
    if (prefs.language === undefined) delete prefs.language
    storage.setItem(PREFS_KEY, JSON.stringify(prefs))
    show()
    if (restartApp) restart()
  }

  controls.platform.addEventListener('change', () => {
    const platform = controls.platform.value
    update({ platform: isPlatformId(platform) ? platform : 'desktop' }, true)
  })
  controls.language.addEventListener('change', () => {
    const language = controls.language.value
    update({ language: isLanguage(language) ? language : undefined }, true)
  })
  controls.resolution.addEventListener('change', () => {
    update({ resolution: controls.resolution.value === '720p' ? '720p' : '1080p' }, true)
  })
  controls.build.addEventListener('change', () => {
    update({ build: controls.build.value === 'legacy' ? 'legacy' : 'modern' }, true)
  })
  controls.safeArea.addEventListener('change', () => update({ safeArea: controls.safeArea.checked }, false))
  controls.focusOutline.addEventListener('change', () =>
    update({ focusOutline: controls.focusOutline.checked }, false),
  )
  controls.fps.addEventListener('change', () => update({ fps: controls.fps.checked }, false))
  controls.guidance.addEventListener('change', () => update({ guidance: controls.guidance.checked }, true))
  $('[data-action="clear-speech"]').addEventListener('click', () => speech.clear())
  $('[data-action="relaunch"]').addEventListener('click', () => restart(''))

  // Controls give the keyboard back after use, so the arrow keys drive the TV again.
  for (const type of ['change', 'click'] as const) {
    doc.addEventListener(type, (event) => {
      const target = event.target
      const isToggle = target instanceof HTMLInputElement && target.type === 'checkbox'
      if (target instanceof HTMLSelectElement || isToggle) target.blur()
      if (target instanceof HTMLButtonElement && !target.dataset.key) target.blur()
    })
  }
  $('.glass').addEventListener('pointerdown', () => (doc.activeElement as HTMLElement | null)?.blur())

  /** Every frame: the focus outline; a few times a second: the status line and the FPS readout. */
  let lastText = 0
  const everyFrame = (time: number) => {
    const win = tv.window
    if (prefs.focusOutline) drawFocusBox(layers.focus, layers.focusLabel, win ? readFocusBox(win) : undefined)
    if (time - lastText > 250) {
      lastText = time
      const state = tv.readState()
      status('screen').textContent = win ? `#${state.screen}` : 'TV home screen'
      status('focus').textContent = state.focus ?? '—'
      if (prefs.fps) layers.fps.textContent = formatFrames(win ? frames.summary() : undefined)
    }
    requestAnimationFrame(everyFrame)
  }

  renderSafeAreas(layers.safeAreas)
  show()
  restart('')
  requestAnimationFrame(everyFrame)
}

startEmulator(document, localStorage)
