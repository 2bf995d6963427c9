import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exitWhenFlushed } from '../../../scripts/exitWhenFlushed'
import { generateFeed } from '../../../scripts/generate-feed'

const ROOT = resolve(import.meta.dirname, '../../..')

describe('command-line output through a pipe', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lightwire-pipe-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('feed:check --json writes all of a large result to a slow pipe before it exits', () => {
    const feed = join(dir, 'big.xml')
    writeFileSync(feed, generateFeed(0, { sections: 1, stories: 1000, now: Date.UTC(2026, 10, 1) }))
    // The reader starts late, as `| jq` on a busy machine may: the pipe's 64 KiB buffer fills first.
    const out = execFileSync(
      'sh',
      ['-c', `"${process.execPath}" --import tsx scripts/feed-check.ts --json "${feed}" | (sleep 1; cat)`],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
    )
    expect(out.length).toBeGreaterThan(64 * 1024)
    const parsed = JSON.parse(out) as { ok: boolean; stories: unknown[] }
    expect(parsed.ok).toBe(true)
    expect(parsed.stories).toHaveLength(1000)
  }, 60_000)

  it('exits only once every stream has flushed what was written before', () => {
    const flushes: Array<() => void> = []
    const stream = {
      write: (_: string, done: () => void) => flushes.push(done),
    } as unknown as NodeJS.WriteStream
    const exits: number[] = []
    exitWhenFlushed(3, [stream, stream], (code) => exits.push(code))
    expect(exits).toEqual([])
    flushes[0]?.()
    expect(exits).toEqual([])
    flushes[1]?.()
    expect(exits).toEqual([3])
  })
})
