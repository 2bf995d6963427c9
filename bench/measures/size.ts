/** Size: the start-up JavaScript, gzip-compressed, next to the core+SDK+axios floor built the same way. */
import { join } from 'node:path'
import { APP_DIST, BENCH_DIST, startupJsGzip } from '../build'
import { type Metric, metric } from '../report'

export function measureSize(): Metric {
  const app = startupJsGzip(APP_DIST).bytes / 1024
  const floor = startupJsGzip(join(BENCH_DIST, 'floor'), 'floor.html').bytes / 1024
  return metric({
    name: 'bundleGzip',
    cpuThrottle: 1,
    unit: 'KiB',
    value: app,
    min: app,
    max: app,
    runs: 1,
    baseline: floor,
    budget: '≤ 1.25× floor',
  })
}
