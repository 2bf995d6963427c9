// `npm audit --omit=dev` for CI (.ci/run): fails on any high or critical advisory against a runtime dependency
// unless audit-allowlist.json lists it with a reason (an advisory that cannot reach this app, e.g. a server-
// only code path of a dependency that runs in the browser here). Low and moderate findings are printed only.
// If the registry's audit endpoint cannot be reached, prints a warning and passes: CI must not go red because
// the network did. Plain node (no tsx): it runs before anything else in CI.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const ALLOWLIST = 'audit-allowlist.json'
const BLOCKING = new Set(['high', 'critical'])

function readAllowlist() {
  if (!existsSync(ALLOWLIST)) return new Map()
  const entries = JSON.parse(readFileSync(ALLOWLIST, 'utf8'))
  const allowed = new Map()
  for (const entry of entries) {
    if (
      typeof entry?.advisory !== 'string' ||
      typeof entry?.reason !== 'string' ||
      entry.reason.trim() === ''
    ) {
      throw new Error(
        `${ALLOWLIST}: every entry needs "advisory" (GHSA id or URL) and a "reason": ${JSON.stringify(entry)}`,
      )
    }
    allowed.set(entry.advisory.replace(/^https:\/\/github\.com\/advisories\//, ''), entry.reason)
  }
  return allowed
}

function runAudit() {
  try {
    return execFileSync('npm', ['audit', '--omit=dev', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (error) {
    // npm audit exits 1 when it finds anything; its JSON is still on stdout.
    return error.stdout ?? ''
  }
}

let report
try {
  // `--report file`: check a saved `npm audit --json` answer instead (to try the rules without the registry).
  const saved = process.argv.indexOf('--report')
  report = JSON.parse(saved >= 0 ? readFileSync(process.argv[saved + 1], 'utf8') : runAudit())
} catch {
  report = undefined
}
if (!report || report.error || !report.vulnerabilities) {
  const why = report?.message || report?.error?.summary || report?.error?.code || 'no answer'
  console.warn(
    `npm audit: WARNING the audit endpoint could not be reached (${why}); dependencies NOT audited`,
  )
  process.exit(0)
}

const allowed = readAllowlist()
const blocking = []
for (const [name, vulnerability] of Object.entries(report.vulnerabilities)) {
  for (const via of vulnerability.via) {
    if (typeof via === 'string') continue // reached through another package: reported under that one
    const id = String(via.url ?? via.source).replace(/^https:\/\/github\.com\/advisories\//, '')
    const line = `${via.severity} ${name} ${via.range ?? ''}: ${via.title} (${id})`
    if (!BLOCKING.has(via.severity)) console.log(`npm audit: ${line}`)
    else if (allowed.has(id)) console.log(`npm audit: allowed ${line}: ${allowed.get(id)}`)
    else blocking.push(line)
  }
}
const counts = report.metadata?.vulnerabilities ?? {}
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`)
if (blocking.length > 0) {
  for (const line of blocking) console.error(`npm audit: BLOCKING ${line}`)
  console.error(
    `Fix (npm update / npm audit fix) or, if an advisory cannot affect this app, add it to ${ALLOWLIST}`,
  )
  process.exit(1)
}
