/**
 * The benchmark document. `--json` prints it as is; its shape is stable so runs can be compared between
 * commits: { commit, machine, metrics: [{ name, cpuThrottle, unit, value, baseline, ratio, runs, min, max }] }.
 */
import { round } from './stats'

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

export interface BenchDocument {
  commit: string
  machine: { cpus: number; model: string; memoryGb: number; node: string; browser: string; platform: string }
  date: string
  metrics: Metric[]
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
    `Lightwire bench — ${doc.commit} — ${doc.machine.cpus}× ${doc.machine.model}, ${doc.machine.browser}`,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n')
}
