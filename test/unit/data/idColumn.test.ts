import { describe, expect, it } from 'vitest'
import { idAt, idColumn, indexOfId } from '../../../src/data/columns'
import { stableHash } from '../../../src/data/text/hash'

const ids = (...keys: string[]) => keys.map((key) => `world-${stableHash(key)}`)
const all = (column: ReturnType<typeof idColumn>, count: number) =>
  Array.from({ length: count }, (_, index) => idAt(column, index))

describe('idColumn', () => {
  it('keeps the digits of ids as normalize.ts makes them, and spells every id again', () => {
    const given = ids('a', 'b', 'c')
    const column = idColumn('world', given)
    expect(column).toMatchObject({ prefix: 'world-', digits: given.map((id) => id.slice(6)).join('') })
    expect(all(column, 3)).toEqual(given)
    expect(idAt(column, 3)).toBeUndefined()
  })

  it('keeps the ids of a section as they are when one is of another form', () => {
    const odd = [
      'plain',
      `news-${stableHash('n')}`, // another prefix
      `world-${stableHash('u').toUpperCase()}`,
      `world-${stableHash('l')}0`, // one digit too many
      'world-',
    ]
    for (const other of odd) {
      const given = [...ids('a'), other, ...ids('b')]
      const column = idColumn('world', given)
      expect(column).toEqual(given)
      expect(all(column, 3)).toEqual(given)
      expect(indexOfId(column, other)).toBe(1)
    }
  })

  it('finds the first index of an id', () => {
    const id = (key: string) => `world-${stableHash(key)}`
    const column = idColumn('world', [id('a'), id('b'), id('c'), id('b')])
    expect(indexOfId(column, id('b'))).toBe(1)
    expect(indexOfId(column, id('c'))).toBe(2)
    expect(indexOfId(column, id('a'))).toBe(0)
    expect(indexOfId(column, id('d'))).toBe(-1)
    expect(indexOfId(column, `news-${stableHash('a')}`)).toBe(-1)
    expect(indexOfId(column, 'odd')).toBe(-1)
    expect(indexOfId(idColumn('world', []), id('a'))).toBe(-1)
  })

  it('never matches digits that straddle two stories', () => {
    const column = idColumn('world', ['world-aaaaaaabbbbbbb', 'world-cccccccddddddd'])
    // "bbbbbbbccccccc" is in the section's digits, across the two ids, but is no story's id.
    expect(indexOfId(column, 'world-bbbbbbbccccccc')).toBe(-1)
    expect(indexOfId(column, 'world-cccccccddddddd')).toBe(1)
    // The first match of these digits starts inside the first story's: the search goes on to the second.
    const repeating = idColumn('world', ['world-xxxxxxxxxxxxab', 'world-ababababababab'])
    expect(indexOfId(repeating, 'world-ababababababab')).toBe(1)
  })
})
