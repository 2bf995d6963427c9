import { describe, expect, it } from 'vitest'
import { idAt, idColumn, indexOfId } from '../../../src/data/columns'
import { stableHash } from '../../../src/data/text/hash'

describe('idColumn', () => {
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
    const column = idColumn('world', ids)
    expect(ids.map((_, index) => idAt(column, index))).toEqual(ids)
  })

  it('finds the first index of an id, packed or kept as it is', () => {
    const column = idColumn('world', ['odd', a, b, c, 'odd', b])
    expect(indexOfId(column, b)).toBe(2)
    expect(indexOfId(column, c)).toBe(3)
    expect(indexOfId(column, 'odd')).toBe(0)
    expect(indexOfId(column, `world-${stableHash('d')}`)).toBe(-1)
    expect(indexOfId(column, `news-${stableHash('a')}`)).toBe(-1)
    expect(indexOfId(idColumn('world', []), a)).toBe(-1)
  })

  it('never matches digits that straddle two stories', () => {
    const first = 'world-aaaaaaabbbbbbb'
    const second = 'world-cccccccddddddd'
    const column = idColumn('world', [first, second])
    // "bbbbbbbccccccc" is in the section's digits, across the two ids, but is no story's id.
    expect(indexOfId(column, 'world-bbbbbbbccccccc')).toBe(-1)
    expect(indexOfId(column, second)).toBe(1)
    // The first match of these digits starts inside the first story's: the search goes on to the second.
    const repeating = idColumn('world', ['world-xxxxxxxxxxxxab', 'world-ababababababab'])
    expect(indexOfId(repeating, 'world-ababababababab')).toBe(1)
  })
})
