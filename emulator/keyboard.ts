/**
 * The desktop keyboard drives the emulated remote: a key press is the matching remote button, so the app
 * receives the selected platform's code (Backspace on "Tizen" arrives as 10009, as the remote's Back would).
 * Holding a key holds the button: the remote's own repeat timing applies, not the keyboard's. Keys typed
 * into the page's own fields (the feed address) are left alone.
 */
import type { ButtonId } from './remotes'
import type { PressHandler } from './remoteView'

export const KEYBOARD: Readonly<Record<string, ButtonId>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Enter: 'ok',
  Backspace: 'back',
  Escape: 'back',
  PageUp: 'channel-up',
  PageDown: 'channel-down',
  ' ': 'play-pause',
  m: 'menu',
  ',': 'rewind',
  '.': 'fast-forward',
  r: 'red',
  g: 'green',
  y: 'yellow',
  b: 'blue',
  h: 'home',
  x: 'exit',
  '0': '0',
  '1': '1',
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '5',
  '6': '6',
  '7': '7',
  '8': '8',
  '9': '9',
}

/** The remote button for a keyboard event, or undefined when the page (or the browser) should have it. */
export function buttonForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>) {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined
  return KEYBOARD[event.key.length === 1 ? event.key.toLowerCase() : event.key]
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

export function installKeyboard(
  doc: Document,
  onPress: PressHandler,
  showPressed: (button: ButtonId, pressed: boolean) => void,
): void {
  const held = new Map<string, { button: ButtonId; release: () => void }>()
  const releaseKey = (key: string) => {
    const entry = held.get(key)
    if (!entry) return
    held.delete(key)
    entry.release()
    showPressed(entry.button, false)
  }
  doc.addEventListener('keydown', (event) => {
    if (isTextEntry(event.target)) return
    const button = buttonForKey(event)
    if (!button) return
    event.preventDefault()
    // The keyboard's own auto-repeat is ignored: the held button repeats at the remote's pace.
    if (event.repeat || held.has(event.code || event.key)) return
    held.set(event.code || event.key, { button, release: onPress(button) })
    showPressed(button, true)
  })
  doc.addEventListener('keyup', (event) => releaseKey(event.code || event.key))
  // A key released while the window had no focus sends no keyup: let go of everything.
  doc.defaultView?.addEventListener('blur', () => {
    for (const key of [...held.keys()]) releaseKey(key)
  })
}
