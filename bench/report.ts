/**
 * The benchmark document. `--json` prints it as is; its shape is stable so runs can be compared between
 * commits: { commit, machine, metrics: [{ name, cpuThrottle, unit, value, baseline, ratio, runs, min, max }] }.
 */
import { percentile, round } from './stats'

export interface Metric {
  name: string
  cpuThrottle: number
  unit: string
  value: number
  /** The same figure for the baseline measured in the same run, where one exists. */
  baseline: number | null
  /** value ÷ baseline. */
  ratio: number | null
  runs: number
  min: number
  max: number
  /** What the figure means and its budget, for the table. */
  note?: string
  budget?: string
}

export interface Machine {
  cpus: number
  model: string
  memoryGb: number
  node: string
  browser: string
  /** WebGL renderer the app drew with (headless Chromium here: SwiftShader, i.e. the CPU). */
  gpu: string
  platform: string
}

export interface BenchDocument {
  commit: string
  machine: Machine
  date: string
  metrics: Metric[]
}

const METRIC_KEYS = [
  'name',
  'cpuThrottle',
  'unit',
  'value',
  'baseline',
  'ratio',
  'runs',
  'min',
  'max',
  'budget',
  'note',
] as const
const MACHINE_KEYS = ['cpus', 'model', 'memoryGb', 'node', 'browser', 'gpu', 'platform'] as const

/**
 * The `--json` document: every metric carries every key, in the same order, run after run (absent → null, and
 * a figure that could not be measured is null rather than NaN), so two runs diff line by line.
 */
export function toJson(doc: BenchDocument): string {
  const pick = <K extends string>(source: Partial<Record<K, unknown>>, keys: readonly K[]) =>
    Object.fromEntries(
      keys.map((key) => {
        const value = source[key]
        return [
          key,
          value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? null : value,
        ]
      }),
    )
  return JSON.stringify(
    {
      commit: doc.commit,
      date: doc.date,
      machine: pick(doc.machine, MACHINE_KEYS),
      metrics: doc.metrics.map((m) => pick(m, METRIC_KEYS)),
    },
    null,
    2,
  )
}

export function metric(input: Omit<Metric, 'ratio' | 'baseline'> & { baseline?: number | null }): Metric {
  const baseline = input.baseline ?? null
  const ratio = baseline ? round(input.value / baseline, 3) : null
  return {
    ...input,
    value: round(input.value),
    min: round(input.min),
    max: round(input.max),
    baseline: baseline === null ? null : round(baseline),
    ratio,
  }
}

/** A percentile of timing samples (ms), app against baseline samples from the same run. */
export function percentileMetric(input: {
  name: string
  cpuThrottle: number
  app: readonly number[]
  baseline: readonly number[]
  p: number
  note: string
  budget?: string
}): Metric {
  const { app, baseline, p, budget } = input
  return metric({
    name: input.name,
    cpuThrottle: input.cpuThrottle,
    unit: 'ms',
    value: percentile(app, p),
    min: Math.min(...app),
    max: Math.max(...app),
    runs: app.length,
    baseline: percentile(baseline, p),
    note: input.note,
    ...(budget ? { budget } : {}),
  })
}

export function formatTable(doc: BenchDocument): string {
  const header = ['metric', 'cpu', 'value', 'baseline', 'ratio', 'runs', 'min–max', 'budget']
  const rows = doc.metrics.map((m) => [
    m.name,
    `${m.cpuThrottle}×`,
    `${m.value} ${m.unit}`,
    m.baseline === null ? '—' : `${m.baseline} ${m.unit}`,
    m.ratio === null ? '—' : `${m.ratio}`,
    String(m.runs),
    `${m.min}–${m.max}`,
    m.budget ?? '',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [
    `Lightwire bench — ${doc.commit} — ${doc.machine.cpus}× ${doc.machine.model}, ${doc.machine.browser}, ${doc.machine.gpu}`,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n')
}
