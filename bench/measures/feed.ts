/** Feed pipeline: parse + normalize of a generated 1,000-item RSS feed in node, both candidate libraries. */
import { benchFeedParsing } from '../../scripts/bench-feed'
import { type Metric, metric } from '../report'

export function measureFeedParse(rounds: number): Metric {
  const results = benchFeedParsing({ items: 1000, rounds })
  const chosen = results.find((result) => result.candidate === 'saxes')
  const other = results.find((result) => result.candidate !== 'saxes')
  if (!chosen || !other) throw new Error('feed bench: expected saxes and one other candidate')
  return metric({
    name: 'feedParse1000',
    cpuThrottle: 1,
    unit: 'ms',
    value: chosen.medianMs,
    min: chosen.minMs,
    max: chosen.maxMs,
    runs: rounds,
    baseline: other.medianMs,
    note: `saxes vs ${other.candidate} (CPU ${chosen.cpuMedianMs.toFixed(0)} vs ${other.cpuMedianMs.toFixed(0)} ms)`,
    budget: 'ratio < 1 (the chosen library is the faster)',
  })
}
