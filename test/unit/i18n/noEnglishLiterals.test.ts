import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sourceFiles } from '../ui/rawGeometry'
import { findWords } from './wordFinder'

const ROOT = new URL('../../..', import.meta.url).pathname

/** Strings in pages and components that look like words but are not interface text, each with why. */
const ALLOWED: readonly { file: string; text: string; why: string }[] = [
  { file: 'src/ui/Header.ts', text: 'Lightwire', why: 'the brand name, the same in every language' },
  {
    file: 'src/pages/story/StoryRail.ts',
    text: 'Lightwire',
    why: 'the brand mark on a story without an image',
  },
  {
    file: 'src/pages/live/player/LivePlayer.ts',
    text: 'no progress for   ms',
    why: 'a failure detail for the log (LivePlayer warns it); the viewer reads the catalogue’s live.stalled',
  },
  {
    file: 'src/pages/live/player/LivePlayer.ts',
    text: 'MediaError',
    why: 'a failure detail for the log, like the stall detail above',
  },
]

describe('every word a viewer reads comes from the catalogues (src/i18n)', () => {
  const files = [...sourceFiles(ROOT, 'src/ui'), ...sourceFiles(ROOT, 'src/pages')]
  const found = files.flatMap((file) => findWords(file, readFileSync(join(ROOT, file), 'utf8')))
  const allowed = (hit: { file: string; text: string }) =>
    ALLOWED.some((entry) => entry.file === hit.file && entry.text === hit.text)

  it('finds no English phrase outside the catalogues in src/pages and src/ui', () => {
    expect(found.filter((hit) => !allowed(hit)).map((hit) => `${hit.file}:${hit.line}: ${hit.text}`)).toEqual(
      [],
    )
  })

  it('every allow-list entry is still needed', () => {
    for (const entry of ALLOWED) expect(found.filter(allowed).map((hit) => hit.text)).toContain(entry.text)
  })
})

describe('the word finder', () => {
  // Sources are written with #{…} for a template's ${…}, which a plain string may not hold (lint).
  const texts = (source: string) => findWords('x.ts', source.replaceAll('#{', '${')).map((hit) => hit.text)

  it('finds phrases in strings and templates, and single words given to shown properties', () => {
    expect(texts("  Title: { text: { text: 'Up next', ...textStyle.title } },")).toEqual(['Up next'])
    expect(texts('    return `Page #{index + 1} of #{total}`')).toEqual(['Page   of'])
    expect(texts("      label: 'Retry',")).toEqual(['Retry'])
    expect(texts("    toggle.value = visible ? 'Shown' : 'Hidden'")).toEqual(['Shown', 'Hidden'])
  })

  it('leaves code alone: child paths, ids, keys, comments, imports and developer messages', () => {
    expect(texts("    child(this, 'Card.Image').url = url")).toEqual([])
    expect(texts("    ...testId('story-next'),")).toEqual([])
    expect(texts("  if (state === 'reading') return")).toEqual([])
    expect(texts('  // Shows the story from its first page')).toEqual([])
    expect(texts("import { child } from '../../ui/child'")).toEqual([])
    expect(texts('    warn(`story #{id}: the feeds did not settle`)')).toEqual([])
  })
})
