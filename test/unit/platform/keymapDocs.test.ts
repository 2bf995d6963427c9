import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PLATFORM_IDS } from '../../../src/platform/detect'
import { KEY_MAPS } from '../../../src/platform/platform'

/** docs/remote.md's key table is what people read: it must list exactly the codes each map has. */
function documentedCodes(): Record<string, Set<number>> {
  const doc = readFileSync(new URL('../../../docs/remote.md', import.meta.url), 'utf8')
  const start = doc.indexOf('| name | desktop |')
  const rows = doc.slice(start).split('\n\n')[0]?.split('\n').slice(2) ?? []
  const codes: Record<string, Set<number>> = Object.fromEntries(
    PLATFORM_IDS.map((id) => [id, new Set<number>()]),
  )
  for (const row of rows) {
    const cells = row.split('|').slice(2, -1)
    cells.forEach((cell, column) => {
      const platform = PLATFORM_IDS[column]
      if (!platform) return
      // "37–40" is a range; numbers inside parentheses are not codes ("CH ±" has none anyway).
      const text = cell.replace(/\([^)]*\)/g, '')
      for (const [, from, to] of text.matchAll(/(\d+)(?:–(\d+))?/g)) {
        for (let code = Number(from); code <= Number(to ?? from); code++) codes[platform]?.add(code)
      }
    })
  }
  return codes
}

describe('docs/remote.md key table', () => {
  const documented = documentedCodes()
  it.each(PLATFORM_IDS)('lists exactly the %s key codes', (platform) => {
    const actual = Object.keys(KEY_MAPS[platform])
      .map(Number)
      .sort((a, b) => a - b)
    expect([...(documented[platform] ?? [])].sort((a, b) => a - b)).toEqual(actual)
  })
})
