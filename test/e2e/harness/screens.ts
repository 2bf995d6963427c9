/**
 * What the remote/router/settings tests read off the screen, kept generic so they hold whatever Home looks
 * like (placeholder chips today, carousels of tiles later).
 */
import type { Tv } from './tv'

/** Where focus may rest on Home: the live channel's tile, the hero, or a story tile. */
export const HOME_FOCUS = /^(live-tile$|hero$|tile-)/

/** Home's first focus: the live tile that leads it when a channel is configured, else the hero. */
export const HOME_START = /^(live-tile|hero)$/

/** Home's rows: story tiles, past the live tile and the hero. */
export const HOME_ROW_FOCUS = /^tile-/

/** The automation ids of Router page roots (DESIGN.md). */
export const PAGE_IDS = ['home', 'settings', 'not-found', 'story', 'live'] as const

/** Which page roots are in the scene, and which of them can be seen. */
export async function pages(tv: Tv): Promise<{ attached: string[]; visible: string[] }> {
  return tv.page.evaluate((ids) => {
    const attached: string[] = []
    const visible: string[] = []
    for (const id of ids) {
      for (const node of document.querySelectorAll(`[data-testid="${id}"]`)) {
        attached.push(id)
        if ((node as HTMLElement).checkVisibility()) visible.push(id)
      }
    }
    return { attached, visible }
  }, PAGE_IDS)
}

export async function isVisible(tv: Tv, testId: string): Promise<boolean> {
  return tv.page.evaluate((id) => {
    const node = document.querySelector(`[data-testid="${id}"]`)
    return node instanceof HTMLElement && node.checkVisibility()
  }, testId)
}

/**
 * Waits until some element with this automation id can be seen (an id such as `error` may be on several
 * elements, some hidden: a screen's and a row's).
 */
export async function waitForVisible(tv: Tv, testId: string, timeout = 30_000): Promise<void> {
  await tv.page.waitForFunction(
    (id) => [...document.querySelectorAll(`[data-testid="${id}"]`)].some((node) => node.checkVisibility()),
    testId,
    { timeout },
  )
}

/** Gets focus onto Home's content (past a hero, or a row whose feed failed, if Home starts there). */
export async function focusHomeContent(tv: Tv): Promise<string> {
  for (let i = 0; i < 6; i++) {
    const id = (await tv.focusedId()) ?? ''
    if (HOME_ROW_FOCUS.test(id)) return id
    await tv.press('Down')
  }
  return tv.waitForFocus(HOME_ROW_FOCUS)
}

/** The trailing number of an id (`tile-top-12` → 12, `chip-s7` → 7): a position along a row. */
export function positionOf(id: string | undefined): number {
  const match = /(\d+)$/.exec(id ?? '')
  if (!match) throw new Error(`No position in the id ${String(id)}`)
  return Number(match[1])
}

/** Calls the fakes below recorded, in order. */
export async function recordedCalls(tv: Tv): Promise<string[]> {
  return tv.page.evaluate(() => (window as unknown as { __calls?: string[] }).__calls ?? [])
}

/**
 * Init scripts that give Chromium a TV's globals, recording every call in `window.__calls` (and every
 * `lightwire:exit` announcement as `event:<method>`). Serialised into the page: no outside variables.
 */
export const fakes = {
  exitEvents: (): void => {
    const w = window as unknown as { __calls: string[] }
    w.__calls = w.__calls ?? []
    window.addEventListener('lightwire:exit', (event) => {
      w.__calls.push(`event:${(event as CustomEvent<{ method: string }>).detail.method}`)
    })
  },
  tizen: (): void => {
    const w = window as unknown as { __calls: string[]; tizen: unknown }
    w.__calls = w.__calls ?? []
    w.tizen = {
      application: { getCurrentApplication: () => ({ exit: () => w.__calls.push('tizen.exit') }) },
      tvinputdevice: {
        registerKeyBatch: (names: string[]) => w.__calls.push(`registerKeyBatch:${names.join(',')}`),
      },
    }
  },
  webOS: (): void => {
    const w = window as unknown as { __calls: string[]; webOS: unknown }
    w.__calls = w.__calls ?? []
    w.webOS = { platformBack: () => w.__calls.push('webOS.platformBack') }
  },
  windowClose: (): void => {
    const w = window as unknown as { __calls: string[] }
    w.__calls = w.__calls ?? []
    window.close = () => {
      w.__calls.push('window.close')
    }
  },
}

/** One init script from several fakes. */
export function initScript(...parts: Array<() => void>): string {
  return parts.map((part) => `(${part.toString()})();`).join('\n')
}
