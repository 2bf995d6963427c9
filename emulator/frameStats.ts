/**
 * Frame rate and frame times from requestAnimationFrame timestamps in the app's window, over a sliding
 * window (the last second by default). rAF runs on the page's main thread, so a long task in the app (a
 * parse, a big layout) shows up as a long frame here; GPU time does not. Pure, so it is tested in node.
 */

export interface FrameSummary {
  /** Frames per second over the window. */
  fps: number
  /** Mean time between frames, ms. */
  meanMs: number
  /** Longest time between two frames in the window, ms. */
  worstMs: number
}

export class FrameStats {
  private readonly stamps: number[] = []

  constructor(private readonly windowMs = 1000) {}

  /** Records a rAF timestamp (ms). Timestamps go forward; an older one restarts the window. */
  add(timestamp: number): void {
    const last = this.stamps[this.stamps.length - 1]
    if (last !== undefined && timestamp < last) this.stamps.length = 0
    this.stamps.push(timestamp)
    const oldest = timestamp - this.windowMs
    // Keep one stamp at or before the window's start so the first interval inside it is measured too.
    while (this.stamps.length > 2 && (this.stamps[1] ?? timestamp) <= oldest) this.stamps.shift()
  }

  reset(): void {
    this.stamps.length = 0
  }

  summary(): FrameSummary | undefined {
    if (this.stamps.length < 2) return undefined
    const first = this.stamps[0] ?? 0
    const last = this.stamps[this.stamps.length - 1] ?? 0
    const span = last - first
    if (span <= 0) return undefined
    let worst = 0
    for (let i = 1; i < this.stamps.length; i++) {
      worst = Math.max(worst, (this.stamps[i] ?? 0) - (this.stamps[i - 1] ?? 0))
    }
    const intervals = this.stamps.length - 1
    return { fps: (intervals * 1000) / span, meanMs: span / intervals, worstMs: worst }
  }
}

/** "60 fps · 16.7 ms · worst 33 ms" */
export function formatFrames(summary: FrameSummary | undefined): string {
  if (!summary) return '— fps'
  return `${Math.round(summary.fps)} fps · ${summary.meanMs.toFixed(1)} ms · worst ${Math.round(summary.worstMs)} ms`
}
