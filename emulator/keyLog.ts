/**
 * The key log: every remote button pressed, the code it sent and what the app showed afterwards, and the
 * same list written as an e2e test in the harness's style (test/e2e/harness/tv.ts), so a QA session in the
 * emulator becomes a regression test by copy and paste. Pure: the panel (keyLogPanel.ts) renders it.
 */
import type { PlatformId } from '../src/platform/detect'
import { BUTTON_NAMES, type ButtonId } from './remotes'

/** What the app showed: its route (the URL hash) and the focused element's automation id. */
export interface ScreenState {
  /** Route without '#', e.g. `home` or `story/abc` ('' before the router has written one). */
  screen: string
  /** `undefined` when no single element with an automation id is focused. */
  focus: string | undefined
}

export interface LogEntry {
  seq: number
  button: ButtonId
  platform: PlatformId
  /** The keyCode sent, or undefined for a system action (Home) or an absent button. */
  code: number | undefined
  /** Keydowns sent with `repeat: true` while the button was held. */
  repeats: number
  heldMs: number
  /** Set when the system, not the app, handled the button ("the TV home screen"), or the app exited. */
  outcome?: string
  before: ScreenState
  /** Filled in once the screen has settled after the key. */
  after?: ScreenState
}

/** The harness's names for desktop key codes (KEY_CODES in test/e2e/harness/tv.ts). */
const HARNESS_LABELS: Readonly<Record<number, string>> = {
  37: 'Left',
  38: 'Up',
  39: 'Right',
  40: 'Down',
  13: 'Enter',
  8: 'Backspace',
  27: 'Escape',
  33: 'PageUp',
  34: 'PageDown',
  32: 'Space',
  77: 'M',
}

/** `'Right'` or `10009`, as `tv.press()` takes it. */
export function pressArgument(code: number): string {
  const label = HARNESS_LABELS[code]
  return label ? `'${label}'` : String(code)
}

/** One line for the panel: "Right (39) → home · tile-top-1". */
export function describeEntry(entry: LogEntry): string {
  const name = BUTTON_NAMES[entry.button]
  const sent = entry.code === undefined ? name : `${name} (${entry.code})`
  const held = entry.repeats > 0 ? ` held ${entry.heldMs} ms, ${entry.repeats} repeats` : ''
  const result = entry.outcome
    ? entry.outcome
    : entry.after
      ? `${entry.after.screen || '(no route)'} · ${entry.after.focus ?? '(no focus)'}`
      : '…'
  return `${sent}${held} → ${result}`
}

export interface ScriptContext {
  platform: PlatformId
  resolution: '1080p' | '720p'
  /** The app's screen when the log started (the test's cold-start route). */
  startScreen: string
  /** When recorded, for the comment at the top. */
  date: Date
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`

function openLine(context: ScriptContext): string {
  const options: string[] = []
  const query: string[] = []
  if (context.platform !== 'desktop') query.push(`platform: ${quote(context.platform)}`)
  if (context.resolution === '720p') {
    query.push(`resolution: '720p'`)
    options.push('viewport: { width: 1280, height: 720 }')
  }
  if (query.length > 0) options.unshift(`query: { ${query.join(', ')} }`)
  if (context.startScreen) options.unshift(`hash: ${quote(context.startScreen)}`)
  return `const tv = await tvs.open(${options.length > 0 ? `{ ${options.join(', ')} }` : ''})`
}

function entryLines(entry: LogEntry): string[] {
  const name = BUTTON_NAMES[entry.button]
  if (entry.code === undefined) {
    return [`// ${name}: ${entry.outcome ?? 'no key reaches the app'} (not scriptable with tv.press)`]
  }
  const argument = pressArgument(entry.code)
  const comment = argument.startsWith("'") ? '' : ` // ${name}`
  const lines =
    entry.repeats > 0
      ? [`await tv.hold(${argument}, ${entry.heldMs})${comment}`]
      : [`await tv.press(${argument})${comment}`]
  if (entry.outcome) {
    lines.push(`// ${entry.outcome}`)
    return lines
  }
  const after = entry.after
  if (!after?.focus) return lines
  if (after.screen !== entry.before.screen) {
    // A new screen arrives after a transition: wait for it rather than reading focus two frames later.
    lines.push(`await tv.waitForFocus(${quote(after.focus)}) // #${after.screen}`)
  } else {
    lines.push(`expect(await tv.focusedId()).toBe(${quote(after.focus)})`)
  }
  return lines
}

/**
 * The keys pressed since the app last started, as a vitest test for test/e2e (`const tvs = useTv()` in the
 * enclosing describe). One app start is one test: a platform switch or a reload starts a new one.
 */
export function toTestScript(entries: readonly LogEntry[], context: ScriptContext): string {
  const body = [openLine(context)]
  for (const entry of entries) body.push(...entryLines(entry))
  return [
    `// Recorded in the Lightwire TV emulator (${context.platform}, ${context.resolution}) on ${context.date.toISOString()}`,
    `it('does what was recorded in the emulator', async () => {`,
    ...body.map((line) => `  ${line}`),
    '})',
    '',
  ].join('\n')
}
