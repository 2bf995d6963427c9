/**
 * What the emulator draws over the TV picture, each toggled by a checkbox:
 * - `safe-area`: the title-safe and action-safe rectangles, from the app's own theme tokens;
 * - `focus-outline`: the focused element's box and automation id, read from the inspector's DOM mirror in
 *   the app's window every frame (so it follows focus animations);
 * - `fps`: frame rate and frame times from requestAnimationFrame in the app's window (frameStats.ts).
 * Everything is placed in percent of the picture, so it holds at 1080p and 720p and at any scale.
 */
import { safe, stage } from '../src/ui/theme'
import type { FrameStats } from './frameStats'

type Box = { x: number; y: number; right: number; bottom: number }

/** CSS for a box given in 1920×1080 stage coordinates. */
export function percentBox(box: Box): { left: string; top: string; width: string; height: string } {
  const pct = (value: number, of: number) => `${((value / of) * 100).toFixed(3)}%`
  return {
    left: pct(box.x, stage.w),
    top: pct(box.y, stage.h),
    width: pct(box.right - box.x, stage.w),
    height: pct(box.bottom - box.y, stage.h),
  }
}

export function renderSafeAreas(layer: HTMLElement): void {
  const doc = layer.ownerDocument
  for (const [name, box, label] of [
    [
      'action',
      safe.action,
      `action-safe ${safe.action.x}–${safe.action.right} × ${safe.action.y}–${safe.action.bottom}`,
    ],
    [
      'title',
      safe.title,
      `title-safe ${safe.title.x}–${safe.title.right} × ${safe.title.y}–${safe.title.bottom}`,
    ],
  ] as const) {
    const rect = doc.createElement('div')
    rect.className = `safe-rect safe-${name}`
    Object.assign(rect.style, percentBox(box))
    const tag = doc.createElement('span')
    tag.textContent = label
    rect.append(tag)
    layer.append(rect)
  }
}

export interface FocusBox {
  id: string
  /** Fractions (0–1) of the app's stage. */
  x: number
  y: number
  w: number
  h: number
}

/** The focused element's box as a fraction of the stage, from the inspector mirror; undefined if none. */
export function readFocusBox(win: Window): FocusBox | undefined {
  const focused = win.document.querySelectorAll('[focused="true"]')
  const node = focused.length === 1 ? focused[0] : undefined
  if (!node) return undefined
  // The mirror's root is the body's child that contains the node: it has the stage's box.
  let root: Element = node
  while (root.parentElement && root.parentElement !== win.document.body) root = root.parentElement
  const stageBox = root.getBoundingClientRect()
  const box = node.getBoundingClientRect()
  if (stageBox.width === 0 || stageBox.height === 0) return undefined
  return {
    id: node.getAttribute('data-testid') ?? `(no automation id: ${node.getAttribute('ref') ?? node.tagName})`,
    x: (box.left - stageBox.left) / stageBox.width,
    y: (box.top - stageBox.top) / stageBox.height,
    w: box.width / stageBox.width,
    h: box.height / stageBox.height,
  }
}

export function drawFocusBox(outline: HTMLElement, label: HTMLElement, box: FocusBox | undefined): void {
  outline.hidden = box === undefined
  if (!box) return
  const pct = (value: number) => `${(value * 100).toFixed(3)}%`
  Object.assign(outline.style, { left: pct(box.x), top: pct(box.y), width: pct(box.w), height: pct(box.h) })
  if (label.textContent !== box.id) label.textContent = box.id
  // Keep the label inside the picture: below the box when the box touches the top edge.
  outline.classList.toggle('label-below', box.y < 0.06)
}

/** Counts frames in the app's window until `stop()` (or until that window goes away). */
export function measureFrames(win: Window, stats: FrameStats): () => void {
  let running = true
  const tick = (time: number) => {
    if (!running || win.closed) return
    stats.add(time)
    win.requestAnimationFrame(tick)
  }
  stats.reset()
  win.requestAnimationFrame(tick)
  return () => {
    running = false
  }
}
