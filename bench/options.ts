/** Command-line options of `npm run bench`. */

/** The groups of figures, in the order a run measures them. */
export const MEASURES = ['startup', 'keys', 'story', 'smoothness', 'memory', 'size', 'feed'] as const
export type MeasureName = (typeof MEASURES)[number]

export interface BenchOptions {
  /** Print the JSON document instead of the table. */
  json: boolean
  /** Runs per figure (page loads for start-up, Enter presses, memory page pairs, feed-parse rounds ÷ 3). */
  runs: number
  /** CPU throttling rates to measure the browser figures at. */
  throttles: number[]
  /** Which groups of figures to measure (`--only a,b`; default all). */
  only: ReadonlySet<MeasureName>
}

export const USAGE = `npm run bench [-- --json] [-- --quick] [-- --runs N] [-- --only ${MEASURES.join(',')}]`

/**
 * Full run: 3 runs at 1× and 6× (median and spread; ~8 min on an idle 2-core machine). `--quick`: 2 runs at 1×
 * only (a smoke test, ~2 min). `--runs N` overrides the count either way. `--only` measures some groups only,
 * for working on one figure.
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const known = new Set(['--json', '--quick', '--runs', '--only'])
  const valueAt = (flag: string) => {
    const at = argv.indexOf(flag)
    return at >= 0 ? at + 1 : -1
  }
  const runsAt = valueAt('--runs')
  const onlyAt = valueAt('--only')
  for (const [i, arg] of argv.entries()) {
    if (!known.has(arg) && i !== runsAt && i !== onlyAt) throw new Error(`unknown option ${arg}; ${USAGE}`)
  }
  const quick = argv.includes('--quick')
  const runs = runsAt >= 0 ? Number(argv[runsAt]) : quick ? 2 : 3
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number ≥ 1; ${USAGE}`)
  const names = onlyAt >= 0 ? (argv[onlyAt] ?? '').split(',') : [...MEASURES]
  const unknown = names.filter((name) => !(MEASURES as readonly string[]).includes(name))
  if (unknown.length > 0) throw new Error(`--only: unknown ${unknown.join(', ')}; ${USAGE}`)
  return {
    json: argv.includes('--json'),
    runs,
    throttles: quick ? [1] : [1, 6],
    only: new Set(names as MeasureName[]),
  }
}
