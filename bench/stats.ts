/** Small, exact statistics for benchmark samples (no interpolation surprises: nearest-rank percentiles). */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number
}

export const median = (samples: readonly number[]): number => percentile(samples, 50)

export function summary(samples: readonly number[]): {
  value: number
  min: number
  max: number
  runs: number
} {
  return {
    value: median(samples),
    min: samples.length ? Math.min(...samples) : Number.NaN,
    max: samples.length ? Math.max(...samples) : Number.NaN,
    runs: samples.length,
  }
}

export const round = (value: number, digits = 2): number => {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
