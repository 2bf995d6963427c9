/**
 * `npm run soak -- --minutes 30`: the monkey soak (test/e2e/harness/monkey.ts) for as long as asked, against
 * the built app (`npm run soak` builds it first) in headless Chromium with the bundled feeds and live channel.
 *
 *   --minutes N   how long after warm-up (default 30); --keys N stops after N keys instead
 *   --seed N      replay a run (every report prints its seed)
 *   --warmup N    random keys before the heap baseline (default 800, as in `npm test`)
 *   --frame-every N  draw a frame after every Nth key (default 1, as in `npm test`)
 *
 * Prints progress every batch and a summary; exits 1 if any check failed, anything was uncaught, or the JS heap's
 * objects after GC grew more than 10 % from warm-up to the end (compiled code is reported, not limited: see
 * test/e2e/harness/heapSnapshot.ts). Put the summary line in README's Reliability section.
 */
import { describeReport, MONKEY_SCRIPT, Monkey } from '../test/e2e/harness/monkey.ts'
import { launchBrowser, openTv } from '../test/e2e/harness/tv.ts'
import { exitWhenFlushed } from './exitWhenFlushed'
import { ensureDefaultChannel } from './make-stream.ts'

function flag(argv: string[], name: string): number | undefined {
  const at = argv.indexOf(`--${name}`)
  if (at < 0) return undefined
  const value = Number(argv[at + 1])
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`)
  return value
}

async function main(argv: string[]): Promise<number> {
  const keys = flag(argv, 'keys')
  const minutes = keys === undefined ? (flag(argv, 'minutes') ?? 30) : flag(argv, 'minutes')
  console.log(await ensureDefaultChannel())
  const browser = await launchBrowser()
  try {
    const tv = await openTv(browser, { viewport: { width: 1280, height: 720 }, initScript: MONKEY_SCRIPT })
    const monkey = await Monkey.attach(tv)
    const started = Date.now()
    let printed = started
    const report = await monkey.run({
      keys,
      minutes,
      seed: flag(argv, 'seed'),
      warmupKeys: flag(argv, 'warmup') ?? 800,
      frameEvery: flag(argv, 'frame-every') ?? 1,
      onProgress: (done, so) => {
        if (Date.now() - printed < 30_000) return
        printed = Date.now()
        const elapsed = Math.round((printed - started) / 1000)
        const frames = `${so.frames} frames (${so.retries} retries)`
        console.log(
          `${elapsed} s: ${done} keys, ${frames}, ${so.problems.length} problems, ${so.uncaught.length} uncaught`,
        )
      },
    })
    await tv.close()
    console.log(`Soak: ${describeReport(report)}`)
    for (const problem of report.problems.slice(0, 20)) console.log('problem:', JSON.stringify(problem))
    const errors = [...new Set([...report.uncaught, ...tv.errors].map((error) => error.split('\n')[0]))]
    for (const error of errors.slice(0, 20)) console.log('error:', error)
    const failed = report.problems.length > 0 || report.uncaught.length > 0 || report.heap.growth > 0.1
    console.log(failed ? 'Soak FAILED' : 'Soak passed')
    return failed ? 1 : 0
  } finally {
    await browser.close()
  }
}

main(process.argv.slice(2)).then(
  (code) => exitWhenFlushed(code),
  (error: unknown) => {
    console.error(error)
    exitWhenFlushed(1)
  },
)
