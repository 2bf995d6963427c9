/**
 * The monkey soak's driver: random remote keys against the built app (keys and checks run in the page, see
 * monkeyPage.ts), in batches, with the JS heap's objects measured after garbage collection once warmed up and
 * again at the end (compiled code apart, see heapSnapshot.ts). Used by the soak test inside `npm test` and by
 * `npm run soak -- --minutes 30` (scripts/soak.ts).
 */
import type { CDPSession } from 'playwright-core'
import { type HeapSplit, heapSplit } from './heapSnapshot'
import type { InPageMonkey, InPageProblem, InPageReport } from './monkeyPage'
import { monkeyInPage } from './monkeyPage'
import type { Tv } from './tv'

/**
 * The in-page monkey as an init script. A string, not the function, because under tsx (scripts/soak.ts) the
 * compiled function calls esbuild's `__name` helper, which does not exist in the page.
 */
export const MONKEY_SCRIPT = `var __name = (fn) => fn; (${monkeyInPage.toString()})()`

export interface MonkeyReport {
  seed: number
  /** Every key pressed, warm-up and the walks back Home included. */
  keys: number
  /** Random keys after warm-up. */
  soakKeys: number
  durationMs: number
  problems: InPageProblem[]
  /** Uncaught errors and unhandled rejections seen in the page. */
  uncaught: string[]
  screens: Record<string, number>
  frames: number
  retries: number
  /**
   * JS heap objects after GC, in bytes, on Home after warm-up and on Home at the end, and their growth as a
   * fraction; V8's compiled code at the same two moments, which is not a leak and is only reported.
   */
  heap: { warmBytes: number; endBytes: number; growth: number; warmCodeBytes: number; endCodeBytes: number }
  /** Where focus was after the final walk Home. */
  endFocus: string
}

export interface MonkeyOptions {
  /** Stop after this many random keys after warm-up… */
  keys?: number
  /** …or after this long (after warm-up). */
  minutes?: number
  /** Random keys before the heap baseline is taken. */
  warmupKeys?: number
  seed?: number
  /** Keys per round trip into the page. */
  batch?: number
  /**
   * A frame is drawn after every this-many keys (default 1). More is a faster thumb and a faster run: keys
   * in between are checked at once (and retried over frames while the check fails).
   */
  frameEvery?: number
  /** Called after every batch. */
  onProgress?: (soakKeys: number, report: InPageReport) => void
}

type MonkeyWindow = { __monkey: InPageMonkey }

export class Monkey {
  private constructor(
    private readonly tv: Tv,
    private readonly cdp: CDPSession,
  ) {}

  /** The TV must have been opened with `initScript: MONKEY_SCRIPT`. */
  static async attach(tv: Tv): Promise<Monkey> {
    const cdp = await tv.page.context().newCDPSession(tv.page)
    await cdp.send('HeapProfiler.enable')
    return new Monkey(tv, cdp)
  }

  private batch(count: number, seed: number, frameEvery: number): Promise<InPageReport> {
    return this.tv.page.evaluate(
      ([n, s, f]) => (window as unknown as MonkeyWindow).__monkey.run(n as number, s as number, f as number),
      [count, seed, frameEvery],
    )
  }

  /** Back to Home with the exit dialog answered "Stay"; returns the focused id. */
  home(): Promise<string> {
    return this.tv.page.evaluate(() => (window as unknown as MonkeyWindow).__monkey.home())
  }

  /**
   * The JS heap after garbage collection: the app's objects, and compiled code apart. Lightning's unused
   * textures are freed first (as Lightning does itself under memory pressure): left in its cache they made the
   * object figure swing by ±9 % from one measurement to the next with nothing leaking (3.19, 3.15, 3.47, 3.26,
   * 3.43 MB every 1,000 keys; with them freed, 2.87, 2.99, 2.99, 2.97, 2.97 MB).
   */
  async heap(): Promise<HeapSplit> {
    await this.tv.page.evaluate(() => {
      if (!window.lightwire) throw new Error('No window.lightwire: the app exposes it with ?inspector')
      window.lightwire.freeUnusedTextures()
    })
    return heapSplit(this.cdp)
  }

  /** Warm-up, heap baseline on Home, random keys, back Home, heap again. */
  async run(options: MonkeyOptions): Promise<MonkeyReport> {
    const seed = options.seed ?? Date.now() % 1_000_000
    const size = options.batch ?? 100
    const frameEvery = options.frameEvery ?? 1
    const started = Date.now()
    let warm = options.warmupKeys ?? 800
    while (warm > 0) {
      await this.batch(Math.min(size, warm), seed, frameEvery)
      warm -= size
    }
    await this.home()
    const warmHeap = await this.heap()
    const deadline = options.minutes ? Date.now() + options.minutes * 60_000 : Number.POSITIVE_INFINITY

    const total = options.keys ?? Number.POSITIVE_INFINITY
    let soakKeys = 0
    while (soakKeys < total && Date.now() < deadline) {
      const count = Math.min(size, total - soakKeys)
      const report = await this.batch(count, seed, frameEvery)
      soakKeys += count
      options.onProgress?.(soakKeys, report)
    }
    const endFocus = await this.home()
    const endHeap = await this.heap()
    const report = await this.tv.page.evaluate(() => (window as unknown as MonkeyWindow).__monkey.report())
    return {
      seed,
      keys: report.keys,
      soakKeys,
      durationMs: Date.now() - started,
      problems: report.problems,
      uncaught: report.uncaught,
      screens: report.screens,
      frames: report.frames,
      retries: report.retries,
      heap: {
        warmBytes: warmHeap.objectBytes,
        endBytes: endHeap.objectBytes,
        growth: (endHeap.objectBytes - warmHeap.objectBytes) / warmHeap.objectBytes,
        warmCodeBytes: warmHeap.codeBytes,
        endCodeBytes: endHeap.codeBytes,
      },
      endFocus,
    }
  }
}

/** One line for logs and assertion messages. */
export function describeReport(report: MonkeyReport): string {
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1)
  return [
    `seed ${report.seed}: ${report.keys} keys (${report.soakKeys} after warm-up) in ${Math.round(report.durationMs / 1000)} s`,
    `screens ${JSON.stringify(report.screens)}`,
    `${report.frames} frames (${report.retries} waiting for a check to come right)`,
    `heap objects ${mb(report.heap.warmBytes)} → ${mb(report.heap.endBytes)} MB (${(report.heap.growth * 100).toFixed(1)} %)`,
    `compiled code ${mb(report.heap.warmCodeBytes)} → ${mb(report.heap.endCodeBytes)} MB`,
    `${report.problems.length} problems, ${report.uncaught.length} uncaught`,
  ].join(', ')
}
