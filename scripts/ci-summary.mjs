// Prints "N passed, N failed" from vitest's JSON report. If `npm test` stopped before vitest ran (typecheck or
// lint failed), that counts as one failure so the summary never reads as green.
import { existsSync, readFileSync } from 'node:fs'

const [reportPath = 'test-results/vitest.json', exitCode = '0'] = process.argv.slice(2)
let passed = 0
let failed = 0
if (existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'))
  passed = report.numPassedTests ?? 0
  failed = report.numFailedTests ?? 0
  if (failed === 0 && exitCode !== '0') failed = 1
} else if (exitCode !== '0') {
  console.log('npm test stopped before the test runner (typecheck or lint failed: see above)')
  failed = 1
}
console.log(`${passed} passed, ${failed} failed`)
