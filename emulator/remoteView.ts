/**
 * The clickable remote: one `<button data-key="…">` per remote button (the automation contract in
 * docs/emulator.md), laid out like a TV remote. Pressing a button with the mouse (or a finger) holds it for
 * as long as the pointer is down; a click without a pointer (keyboard activation, `element.click()` from a
 * script) is one short press. Buttons never take focus, so the keyboard keeps driving the TV.
 */
import type { PlatformId } from '../src/platform/detect'
import { BUTTON_NAMES, type ButtonId, describeAction, REMOTES } from './remotes'

/** Starts a press; the returned function releases it. */
export type PressHandler = (button: ButtonId) => () => void

const LABELS: Partial<Record<ButtonId, string>> = {
  up: '▲',
  down: '▼',
  left: '◀',
  right: '▶',
  ok: 'OK',
  'play-pause': '▶ ||',
  rewind: '◀◀',
  'fast-forward': '▶▶',
  'channel-up': 'CH +',
  'channel-down': 'CH −',
  red: '',
  green: '',
  yellow: '',
  blue: '',
}

/** Rows of the remote, top to bottom; each inner array is one row (or the D-pad's grid). */
const LAYOUT: ReadonlyArray<{ className: string; buttons: readonly ButtonId[] }> = [
  { className: 'row system', buttons: ['home', 'exit'] },
  { className: 'dpad', buttons: ['up', 'left', 'ok', 'right', 'down'] },
  { className: 'row', buttons: ['back', 'menu'] },
  { className: 'row media', buttons: ['rewind', 'play-pause', 'fast-forward'] },
  { className: 'row', buttons: ['channel-up', 'channel-down'] },
  { className: 'row colours', buttons: ['red', 'green', 'yellow', 'blue'] },
  { className: 'digits', buttons: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] },
]

export interface RemoteView {
  setPlatform(platform: PlatformId): void
  button(id: ButtonId): HTMLButtonElement
  /** Lights a button while it is held from the keyboard. */
  showPressed(id: ButtonId, pressed: boolean): void
}

function makeButton(doc: Document, id: ButtonId, onPress: PressHandler): HTMLButtonElement {
  const button = doc.createElement('button')
  button.type = 'button'
  button.dataset.key = id
  button.className = `key key-${id}`
  button.textContent = LABELS[id] ?? BUTTON_NAMES[id]
  button.setAttribute('aria-label', BUTTON_NAMES[id])
  let release: (() => void) | undefined
  const end = () => {
    release?.()
    release = undefined
    button.classList.remove('pressed')
  }
  // A focused button would swallow Enter/Space meant for the TV.
  button.addEventListener('mousedown', (event) => event.preventDefault())
  button.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || button.disabled) return
    event.preventDefault()
    button.setPointerCapture(event.pointerId)
    end()
    button.classList.add('pressed')
    release = onPress(id)
  })
  button.addEventListener('pointerup', end)
  button.addEventListener('pointercancel', end)
  button.addEventListener('lostpointercapture', end)
  button.addEventListener('click', (event) => {
    // detail 0: not from a pointer (keyboard activation or element.click()): one complete press.
    if (event.detail === 0 && !button.disabled) onPress(id)()
  })
  return button
}

export function renderRemote(container: HTMLElement, onPress: PressHandler): RemoteView {
  const doc = container.ownerDocument
  const buttons = new Map<ButtonId, HTMLButtonElement>()
  for (const group of LAYOUT) {
    const row = doc.createElement('div')
    row.className = group.className
    for (const id of group.buttons) {
      const button = makeButton(doc, id, onPress)
      buttons.set(id, button)
      row.append(button)
    }
    container.append(row)
  }
  return {
    setPlatform(platform) {
      const remote = REMOTES[platform]
      for (const [id, button] of buttons) {
        const action = remote[id]
        button.disabled = action.kind === 'absent'
        button.title = describeAction(id, action)
        button.dataset.code = action.kind === 'key' ? String(action.code) : ''
      }
    },
    button(id) {
      const button = buttons.get(id)
      if (!button) throw new Error(`No remote button ${id}`)
      return button
    },
    showPressed(id, pressed) {
      buttons.get(id)?.classList.toggle('pressed', pressed)
    },
  }
}
