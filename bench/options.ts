/** Command-line options of `npm run bench`. */

export interface BenchOptions {
  /** Print the JSON document instead of the table. */
  json: boolean
  /** Runs per figure (page loads for start-up, Enter presses, memory page pairs, feed-parse rounds ÷ 3). */
  runs: number
  /** CPU throttling rates to measure the browser figures at. */
  throttles: number[]
}

export const USAGE = 'npm run bench [-- --json] [-- --quick] [-- --runs N]'

/**
 * Full run: 3 runs at 1× and 6× (median and spread; ~8 min on an idle 2-core machine). `--quick`: 2 runs at 1× only (a smoke test, ~2 min). `--runs N` overrides
 * the count either way.
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const known = new Set(['--json', '--quick', '--runs'])
  const runsAt = argv.indexOf('--runs')
  for (const [i, arg] of argv.entries()) {
    if (!known.has(arg) && !(runsAt >= 0 && i === runsAt + 1))
      throw new Error(`unknown option ${arg}; ${USAGE}`)
  }
  const quick = argv.includes('--quick')
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : quick ? 2 : 3
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number ≥ 1; ${USAGE}`)
  return { json: argv.includes('--json'), runs, throttles: quick ? [1] : [1, 6] }
}
