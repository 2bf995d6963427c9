/**
 * The browser TV emulator page (docs/emulator.md): the real built app in `<iframe name="tv">`, a remote
 * that sends the selected platform's key codes, overlays, network and feed controls, and a key log that
 * becomes an e2e test. This file wires the parts together; each part is its own module.
 */
import { isPlatformId, PLATFORM_NAMES } from '../src/platform/detect'
import { FrameStats, formatFrames } from './frameStats'
import { installKeyboard } from './keyboard'
import type { LogEntry } from './keyLog'
import { KeyLogPanel } from './keyLogPanel'
import { holdKey } from './keySender'
import { checkFeed, clearAppCache, readOffline, setOffline } from './network'
import { drawFocusBox, measureFrames, readFocusBox, renderSafeAreas } from './overlays'
import { applyQuery, type EmulatorPrefs, PREFS_KEY, parsePrefs } from './prefs'
import { type ButtonId, REMOTES } from './remotes'
import { type PressHandler, renderRemote } from './remoteView'
import { STAGE_SIZES, TvFrame } from './tvFrame'

const $ = <T extends Element>(selector: string): T => {
  const found = document.querySelector<T>(selector)
  if (!found) throw new Error(`emulator/index.html has no ${selector}`)
  return found
}

const controls = {
  platform: $<HTMLSelectElement>('select[name="platform"]'),
  resolution: $<HTMLSelectElement>('select[name="resolution"]'),
  safeArea: $<HTMLInputElement>('input[name="safe-area"]'),
  focusOutline: $<HTMLInputElement>('input[name="focus-outline"]'),
  fps: $<HTMLInputElement>('input[name="fps"]'),
  offline: $<HTMLInputElement>('input[name="offline"]'),
  feedUrl: $<HTMLInputElement>('input[name="feed-url"]'),
  feedTitle: $<HTMLInputElement>('input[name="feed-title"]'),
  networkStatus: $<HTMLOutputElement>('output[name="network-status"]'),
}
const layers = {
  safeAreas: $<HTMLElement>('.safe-areas'),
  focus: $<HTMLElement>('.focus-outline'),
  focusLabel: $<HTMLElement>('.focus-label'),
  fps: $<HTMLOutputElement>('.fps-readout'),
}
const status = (name: string) => $<HTMLElement>(`[data-status="${name}"]`)

let prefs: EmulatorPrefs = applyQuery(
  parsePrefs(localStorage.getItem(PREFS_KEY)),
  new URLSearchParams(location.search),
)
const savePrefs = () => localStorage.setItem(PREFS_KEY, JSON.stringify(prefs))

const frames = new FrameStats()
let stopFrames: (() => void) | undefined
let lastEntry: LogEntry | undefined

const tv = new TvFrame(
  {
    area: $('.tv-area'),
    screen: $('.screen'),
    home: $('.home-screen'),
    homeReason: $('.home-reason'),
  },
  {
    started(win, state) {
      log.startSession(state.platform, state.resolution, state.hash ?? '')
      stopFrames?.()
      stopFrames = measureFrames(win, frames)
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
function restart(hash = tv.currentHash()): void {
  tv.load({
    platform: prefs.platform,
    resolution: prefs.resolution,
    hash,
    ...(prefs.feed ? { feed: prefs.feed } : {}),
  })
}

const press: PressHandler = (button: ButtonId) => {
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
installKeyboard(document, press, (button, pressed) => remote.showPressed(button, pressed))

function applyPrefsToControls(): void {
  controls.platform.value = prefs.platform
  controls.resolution.value = prefs.resolution
  controls.safeArea.checked = prefs.safeArea
  controls.focusOutline.checked = prefs.focusOutline
  controls.fps.checked = prefs.fps
  layers.safeAreas.hidden = !prefs.safeArea
  layers.fps.hidden = !prefs.fps
  if (!prefs.focusOutline) layers.focus.hidden = true
  controls.feedUrl.value = prefs.feed?.url ?? ''
  controls.feedTitle.value = prefs.feed && !prefs.feed.title.startsWith('My feed · ') ? prefs.feed.title : ''
  remote.setPlatform(prefs.platform)
  status('platform').textContent = PLATFORM_NAMES[prefs.platform]
  const stage = STAGE_SIZES[prefs.resolution]
  status('stage').textContent =
    `${stage.w}×${stage.h}${prefs.resolution === '720p' ? ' (precision 2/3)' : ''}`
}

function update(change: Partial<EmulatorPrefs>, restartApp: boolean): void {
  prefs = { ...prefs, ...change }
  savePrefs()
  applyPrefsToControls()
  if (restartApp) restart()
}

controls.platform.addEventListener('change', () => {
  const platform = controls.platform.value
  update({ platform: isPlatformId(platform) ? platform : 'desktop' }, true)
})
controls.resolution.addEventListener('change', () => {
  update({ resolution: controls.resolution.value === '720p' ? '720p' : '1080p' }, true)
})
controls.safeArea.addEventListener('change', () => update({ safeArea: controls.safeArea.checked }, false))
controls.focusOutline.addEventListener('change', () =>
  update({ focusOutline: controls.focusOutline.checked }, false),
)
controls.fps.addEventListener('change', () => update({ fps: controls.fps.checked }, false))

// Toolbar and panel controls give focus back after use, so the arrow keys drive the TV again.
for (const type of ['change', 'click'] as const) {
  document.addEventListener(type, (event) => {
    const target = event.target
    if (
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement && target.type === 'checkbox')
    )
      target.blur()
    if (target instanceof HTMLButtonElement && !target.dataset.key) target.blur()
  })
}
$('.glass').addEventListener('pointerdown', () => (document.activeElement as HTMLElement | null)?.blur())

const say = (text: string) => {
  controls.networkStatus.textContent = text
}

$('[data-action="relaunch"]').addEventListener('click', () => restart(''))
$('[data-action="reload"]').addEventListener('click', () => restart())
$('[data-action="reload-cleared"]').addEventListener('click', () => {
  const hash = tv.currentHash()
  clearAppCache(localStorage, 'tv/settings.json').then(
    (count) => {
      say(`Cleared ${count} cached ${count === 1 ? 'entry' : 'entries'} of the app (preferences kept).`)
      restart(hash)
    },
    (error: unknown) => say(`Could not clear the app's cache: ${String(error)}`),
  )
})

function showOffline(state: { offline: boolean; dropped: number }): void {
  controls.offline.checked = state.offline
  say(
    state.offline
      ? `Offline: the app's feeds, proxy, images and live stream get no answer (${state.dropped} dropped so far).`
      : 'Online.',
  )
}
/** Bumped by every flip of the switch: a state read that started before it is out of date. */
let switchFlips = 0
const refreshOffline = () => {
  const flips = switchFlips
  return readOffline('api/').then((state) => {
    if (flips === switchFlips) showOffline(state)
  })
}
controls.offline.addEventListener('change', () => {
  switchFlips++
  setOffline('api/', controls.offline.checked).then(showOffline, (error: unknown) => {
    controls.offline.checked = !controls.offline.checked
    say(`Could not switch the network: ${String(error)}`)
  })
})
refreshOffline().catch((error: unknown) => {
  controls.offline.disabled = true
  say(`Offline switch unavailable (${String(error)}): serve the emulator with npm start or npm run dev.`)
})
// While offline, keep the count of dropped requests current (the app retries and refreshes on its own).
setInterval(() => {
  if (controls.offline.checked) refreshOffline().catch(() => undefined)
}, 2000)

$<HTMLFormElement>('.feed-form').addEventListener('submit', (event) => {
  event.preventDefault()
  say('Checking the feed…')
  checkFeed(controls.feedUrl.value, controls.feedTitle.value, 'tv/proxy').then(
    (result) => {
      say(result.message)
      if (!result.ok) return
      update({ feed: result.feed }, false)
      restart('')
    },
    (error: unknown) => say(`Could not load the feed: ${String(error)}`),
  )
})
$('[data-action="remove-feed"]').addEventListener('click', () => {
  const { feed: _removed, ...rest } = prefs
  prefs = rest
  savePrefs()
  applyPrefsToControls()
  say('Extra feed removed.')
  restart('')
})

/** Every frame: the focus outline; a few times a second: the status line and the FPS readout. */
let lastText = 0
function everyFrame(time: number): void {
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
applyPrefsToControls()
restart('')
requestAnimationFrame(everyFrame)
