/**
 * The emulator's "Spoken" panel: every phrase the app hands to speech, newest first, as voice guidance says
 * it. The app announces each one with a `lightwire:speech` event on its window (src/platform/speech/
 * runtime.ts), so this works whatever the browser's voices are (headless Chromium has none).
 */
export const SPOKEN_EVENT = 'lightwire:speech'

/** How many phrases stay listed: enough to follow a walk through a screen. */
const KEEP = 30

export class SpeechPanel {
  constructor(private readonly list: HTMLOListElement) {}

  /** Listens to a freshly started app (each start is a new window). */
  listen(win: Window): void {
    win.addEventListener(SPOKEN_EVENT, (event) => {
      const detail: unknown = (event as CustomEvent<unknown>).detail
      const text =
        typeof detail === 'object' && detail !== null && 'text' in detail ? String(detail.text) : ''
      if (text) this.add(text)
    })
  }

  private add(text: string): void {
    const item = this.list.ownerDocument.createElement('li')
    item.textContent = text
    this.list.prepend(item)
    while (this.list.children.length > KEEP) this.list.lastElementChild?.remove()
  }

  clear(): void {
    this.list.replaceChildren()
  }
}
