/**
 * The monkey's in-page half: an init script (serialised into the page, so it may use no outside variable)
 * that presses random remote keys and checks the big-screen invariants after every one of them.
 *
 * Why in the page: key presses through the DevTools protocol wait for a rendered frame each, and with
 * software rendering on a shared 2-core machine that makes 3,000 keys take far too long. Here a key is a
 * keydown + keyup KeyboardEvent (with the remote's `keyCode`, which is what the app and Lightning read) on
 * the focused DOM element, so it passes through the app's key-repeat gate and Lightning's window listener
 * exactly like a remote's key. After each key the page draws one frame and then checks:
 * - no uncaught error or unhandled rejection;
 * - exactly one focused element (`focused="true"` in the inspector's DOM mirror) with an automation id;
 * - it is on screen: has a size, inside the 1920×1080 stage and inside every clipping ancestor.
 * A failing check is retried frame by frame for a while (focus may be mid-scroll or mid-page-change); one
 * that still fails is recorded with the keys that led to it.
 *
 * Keys: arrows, OK, Back, Page Up/Down (and now and then Menu), weighted towards moving around, and bent away
 * from leaving: when the exit dialog asks, the monkey answers "Stay" (`exit-no`), it never presses OK on
 * Settings' language button (that restarts the app), and it leaves the live player after a few keys
 * (decoding video in software is costly here).
 */
export interface InPageProblem {
  key: number
  problem: string
  focused: string
  hash: string
  /** The keys before the problem, oldest first. */
  keys: string[]
}

export interface InPageReport {
  keys: number
  problems: InPageProblem[]
  uncaught: string[]
  /** Keys pressed on each screen (the route in the hash). */
  screens: Record<string, number>
  /** Frames drawn, and how many of them were waits for a failing check to come right. */
  frames: number
  retries: number
}

export interface InPageMonkey {
  /**
   * Presses `count` random keys (seeded on the first call), checking after each; lets a frame draw after
   * every `frameEvery`th key (1: after each).
   */
  run(count: number, seed: number, frameEvery: number): Promise<InPageReport>
  /** Back until Home's exit dialog asks, "Stay", then Up to the top of Home: as after start. */
  home(): Promise<string>
  report(): InPageReport
}

export function monkeyInPage(): void {
  const NAMES: Record<number, [string, string, string]> = {
    37: ['Left', 'ArrowLeft', 'ArrowLeft'],
    38: ['Up', 'ArrowUp', 'ArrowUp'],
    39: ['Right', 'ArrowRight', 'ArrowRight'],
    40: ['Down', 'ArrowDown', 'ArrowDown'],
    13: ['Enter', 'Enter', 'Enter'],
    8: ['Back', 'Backspace', 'Backspace'],
    33: ['PageUp', 'PageUp', 'PageUp'],
    34: ['PageDown', 'PageDown', 'PageDown'],
    77: ['Menu', 'm', 'KeyM'],
  }
  const WEIGHTS: [number, number][] = [
    [39, 20],
    [37, 15],
    [40, 18],
    [38, 15],
    [13, 12],
    [8, 10],
    [34, 5],
    [33, 5],
    [77, 1],
  ]
  const TOTAL = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0)
  const LIVE_KEYS = 4
  const SETTLE_MS = 3_000
  const HISTORY = 12

  const state = {
    keys: 0,
    rand: undefined as (() => number) | undefined,
    onLive: 0,
    history: [] as string[],
    problems: [] as InPageProblem[],
    uncaught: [] as string[],
    screens: {} as Record<string, number>,
    frames: 0,
    retries: 0,
  }
  window.addEventListener('error', (event) => state.uncaught.push(`error: ${event.message}`))
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason
    state.uncaught.push(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`)
  })

  /** mulberry32: small and seedable, so a failing run replays with its seed. */
  const seeded = (seed: number) => {
    let a = seed >>> 0
    return () => {
      a = (a + 0x6d2b79f5) >>> 0
      let t = a
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
  }
  const frame = () =>
    new Promise<void>((resolve) => {
      state.frames++
      requestAnimationFrame(() => resolve())
    })
  const focusedNodes = () => [...document.querySelectorAll('[focused="true"]')]
  const focusedId = () =>
    focusedNodes()
      .map((node) => node.getAttribute('data-testid') ?? '?')
      .join(',')
  const screen = () => location.hash.replace(/^#/, '').split('/')[0] || 'home'

  /** Undefined when the screen is right; else what is wrong. */
  const check = (): string | undefined => {
    const focused = focusedNodes()
    if (focused.length !== 1) return `${focused.length} focused elements`
    const node = focused[0] as HTMLElement
    if (!node.getAttribute('data-testid')) return 'the focused element has no automation id'
    if (!node.checkVisibility({ visibilityProperty: true })) return 'the focused element is hidden'
    let root: Element = node
    while (root.parentElement && root.parentElement !== document.body) root = root.parentElement
    const stage = root.getBoundingClientRect()
    const scale = 1920 / (stage.width || 1920)
    const toStage = (r: DOMRect) => ({
      left: (r.left - stage.left) * scale,
      top: (r.top - stage.top) * scale,
      right: (r.right - stage.left) * scale,
      bottom: (r.bottom - stage.top) * scale,
    })
    const box = node.getBoundingClientRect()
    if (box.width <= 0 || box.height <= 0) return 'the focused element has no size'
    const rect = toStage(box)
    const slack = 2
    if (rect.left < -slack || rect.top < -slack || rect.right > 1920 + slack || rect.bottom > 1080 + slack) {
      const at = [rect.left, rect.top, rect.right, rect.bottom].map(Math.round).join(',')
      return `off the stage at ${at}`
    }
    for (let parent = node.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (parent.style.overflow !== 'hidden') continue
      const clip = toStage(parent.getBoundingClientRect())
      if (
        rect.left < clip.left - slack ||
        rect.top < clip.top - slack ||
        rect.right > clip.right + slack ||
        rect.bottom > clip.bottom + slack
      ) {
        return `clipped by ${parent.getAttribute('data-testid') ?? parent.getAttribute('ref') ?? 'an ancestor'}`
      }
    }
    return undefined
  }

  const send = (keyCode: number) => {
    const [, key, code] = NAMES[keyCode] ?? ['', '', '']
    const target = document.activeElement ?? document.body
    for (const type of ['keydown', 'keyup']) {
      const event = new KeyboardEvent(type, { key, code, bubbles: true, cancelable: true })
      Object.defineProperty(event, 'keyCode', { get: () => keyCode })
      Object.defineProperty(event, 'which', { get: () => keyCode })
      target.dispatchEvent(event)
    }
  }

  /** One key, a frame if `drawn`, then the check (retried frame by frame while things move). */
  const press = async (keyCode: number, drawn = true) => {
    state.keys++
    state.history.push(NAMES[keyCode]?.[0] ?? String(keyCode))
    if (state.history.length > HISTORY) state.history.shift()
    const uncaughtBefore = state.uncaught.length
    send(keyCode)
    if (drawn) await frame()
    let problem = check()
    const settle = performance.now() + SETTLE_MS
    while (problem && performance.now() < settle) {
      state.retries++
      await frame()
      problem = check()
    }
    if (!problem && state.uncaught.length > uncaughtBefore)
      problem = state.uncaught.slice(uncaughtBefore).join('; ')
    if (problem) {
      state.problems.push({
        key: state.keys,
        problem,
        focused: focusedId(),
        hash: location.hash,
        keys: state.history.slice(),
      })
    }
    const where = screen()
    state.screens[where] = (state.screens[where] ?? 0) + 1
  }

  /** The next key: random by weight, bent away from leaving the app and out of the costly live player. */
  const next = (rand: () => number): number => {
    const focused = focusedId()
    if (focused === 'exit-no') return 13
    if (focused === 'exit-yes') return 8
    // Settings' language button restarts the app (a new page): step back to Reset instead of pressing OK.
    if (focused === 'settings-language') return 37
    state.onLive = focused === 'live' ? state.onLive + 1 : 0
    if (state.onLive >= LIVE_KEYS) return 8
    let pick = rand() * TOTAL
    for (const [keyCode, weight] of WEIGHTS) {
      pick -= weight
      if (pick < 0) return keyCode
    }
    return 39
  }

  const report = (): InPageReport => ({
    keys: state.keys,
    problems: state.problems.slice(),
    uncaught: state.uncaught.slice(),
    screens: { ...state.screens },
    frames: state.frames,
    retries: state.retries,
  })

  const monkey: InPageMonkey = {
    async run(count, seed, frameEvery) {
      state.rand ??= seeded(seed)
      for (let i = 0; i < count; i++) await press(next(state.rand), (state.keys + 1) % frameEvery === 0)
      return report()
    },
    async home() {
      for (let i = 0; i < 20 && !focusedId().startsWith('exit-'); i++) await press(8)
      if (focusedId() === 'exit-yes') await press(37)
      if (focusedId() === 'exit-no') await press(13)
      // Up to the top of Home, so each heap measurement sees the same rows drawn.
      for (let i = 0; i < 12 && !['live-tile', 'hero'].includes(focusedId()); i++) await press(38)
      return focusedId()
    },
    report,
  }
  Object.assign(window, { __monkey: monkey })
}
