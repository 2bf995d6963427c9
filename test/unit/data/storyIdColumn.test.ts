import { describe, expect, it } from 'vitest'
import { StoryIdColumn } from '../../../src/data/storyIdColumn'
import { stableHash } from '../../../src/data/text/hash'

describe('StoryIdColumn', () => {
  const [a, b, c] = ['a', 'b', 'c'].map((key) => `world-${stableHash(key)}`) as [string, string, string]

  it('gives every id back as it was given, packed or not', () => {
    const ids = [
      a,
      'plain',
      `news-${stableHash('n')}`, // another prefix
      `world-${stableHash('u').toUpperCase()}`,
      `world-${stableHash('l')}0`, // one digit too many
      'world-',
      b,
    ]
    const column = new StoryIdColumn('world', ids)
    expect(column.length).toBe(ids.length)
    expect(ids.map((_, index) => column.at(index))).toEqual(ids)
  })

  it('finds the first index of an id, packed or kept as it is', () => {
    const column = new StoryIdColumn('world', ['odd', a, b, c, 'odd', b])
    expect(column.indexOf(b)).toBe(2)
    expect(column.indexOf(c)).toBe(3)
    expect(column.indexOf('odd')).toBe(0)
    expect(column.indexOf(`world-${stableHash('d')}`)).toBe(-1)
    expect(column.indexOf(`news-${stableHash('a')}`)).toBe(-1)
    expect(new StoryIdColumn('world', []).indexOf(a)).toBe(-1)
  })

  it('never matches digits that straddle two stories', () => {
    const first = 'world-aaaaaaabbbbbbb'
    const second = 'world-cccccccddddddd'
    const column = new StoryIdColumn('world', [first, second])
    // "bbbbbbbccccccc" is in the section's digits, across the two ids, but is no story's id.
    expect(column.indexOf('world-bbbbbbbccccccc')).toBe(-1)
    expect(column.indexOf(second)).toBe(1)
    // The first match of these digits starts inside the first story's: the search goes on to the second.
    const repeating = new StoryIdColumn('world', ['world-xxxxxxxxxxxxab', 'world-ababababababab'])
    expect(repeating.indexOf('world-ababababababab')).toBe(1)
  })
})
