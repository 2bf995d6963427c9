/**
 * The key log panel: one line per button press (name, code, what the app showed once the screen settled),
 * a line for each app start, and "Copy as test", which writes the presses since the last start as an e2e
 * test (keyLog.ts) to the clipboard and shows it in a text box.
 */
import type { PlatformId } from '../src/platform/detect'
import { describeEntry, type LogEntry, type ScreenState, toTestScript } from './keyLog'
import type { Resolution } from './tvUrl'

export interface KeyLogElements {
  list: HTMLOListElement
  script: HTMLTextAreaElement
  copy: HTMLButtonElement
  clear: HTMLButtonElement
  note: HTMLElement
}

interface Session {
  platform: PlatformId
  resolution: Resolution
  startScreen: string
  entries: LogEntry[]
}

/** The focus has to stay the same this long (ms) before a key's result is written down. */
const SETTLE_MS = 300
/** …but a page that never settles (an animation) is read after this long. */
const SETTLE_LIMIT_MS = 3000

export class KeyLogPanel {
  private session: Session | undefined
  private seq = 0
  private readonly rows = new Map<number, HTMLLIElement>()

  constructor(
    private readonly el: KeyLogElements,
    private readonly read: () => ScreenState,
  ) {
    el.copy.addEventListener('click', () => void this.copy())
    el.clear.addEventListener('click', () => this.clear())
  }

  /** A new app start: later presses make a new test. */
  startSession(platform: PlatformId, resolution: Resolution, startScreen: string): void {
    this.session = { platform, resolution, startScreen, entries: [] }
    const row = this.el.list.ownerDocument.createElement('li')
    row.className = 'session'
    row.textContent = `App started: ${platform}, ${resolution}${startScreen ? `, at #${startScreen}` : ''}`
    this.append(row)
  }

  /** Records a press as it starts; call `finish` on the returned entry when the button is released. */
  begin(entry: Omit<LogEntry, 'seq' | 'before' | 'repeats' | 'heldMs'>): LogEntry {
    const full: LogEntry = { ...entry, seq: ++this.seq, before: this.read(), repeats: 0, heldMs: 0 }
    this.session?.entries.push(full)
    const row = this.el.list.ownerDocument.createElement('li')
    row.dataset.seq = String(full.seq)
    row.dataset.button = full.button
    row.dataset.code = full.code === undefined ? '' : String(full.code)
    this.rows.set(full.seq, row)
    this.append(row)
    this.render(full)
    return full
  }

  /** After release: waits for the screen to settle, then writes down what it shows. */
  async finish(entry: LogEntry, repeats: number, heldMs: number): Promise<void> {
    entry.repeats = repeats
    entry.heldMs = Math.round(heldMs)
    this.render(entry)
    if (entry.outcome) return
    entry.after = await this.settle(entry.seq)
    this.render(entry)
  }

  /** Marks an entry as handled outside the app (system Home, or the app exited). */
  outcome(entry: LogEntry, text: string): void {
    entry.outcome = text
    this.render(entry)
  }

  script(): string {
    const session = this.session
    if (!session) return ''
    return toTestScript(session.entries, { ...session, date: new Date() })
  }

  private async settle(seq: number): Promise<ScreenState> {
    const start = performance.now()
    let last = this.read()
    let since = start
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve))
      const now = performance.now()
      const state = this.read()
      if (state.screen !== last.screen || state.focus !== last.focus) {
        last = state
        since = now
      }
      // A newer press ends the wait: its "before" is this press's "after".
      if (now - since >= SETTLE_MS || now - start >= SETTLE_LIMIT_MS || this.seq !== seq) return last
    }
  }

  private render(entry: LogEntry): void {
    const row = this.rows.get(entry.seq)
    if (!row) return
    row.textContent = describeEntry(entry)
    row.dataset.focus = entry.after?.focus ?? ''
    row.dataset.screen = entry.after?.screen ?? ''
    // For scripts driving the emulator: the press is over and its result written down.
    if (entry.after || entry.outcome) row.dataset.settled = 'true'
  }

  private append(row: HTMLLIElement): void {
    this.el.list.append(row)
    this.el.list.scrollTop = this.el.list.scrollHeight
  }

  private clear(): void {
    this.el.list.replaceChildren()
    this.rows.clear()
    this.el.script.hidden = true
    this.el.note.textContent = ''
    const session = this.session
    if (session) {
      // Later presses start from where the app is now.
      this.startSession(session.platform, session.resolution, this.read().screen)
    }
  }

  private async copy(): Promise<void> {
    const text = this.script()
    this.el.script.value = text
    this.el.script.hidden = false
    try {
      await navigator.clipboard.writeText(text)
      this.el.note.textContent = 'Copied: paste it into a describe() with `const tvs = useTv()`.'
    } catch {
      this.el.script.select()
      this.el.note.textContent = 'The browser refused the clipboard: the script is selected below, copy it.'
    }
  }
}
