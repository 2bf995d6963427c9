import { describe, expect, it } from 'vitest'
import { splitSnapshot } from '../../e2e/harness/heapSnapshot'

/** A snapshot in V8's layout: node_fields per node, flattened; the type field indexes node_types[0]. */
function snapshotOf(nodes: [type: string, selfSize: number][]) {
  const types = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'native']
  return {
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
        node_types: [types, 'string', 'number', 'number', 'number'] as [string[], ...unknown[]],
      },
    },
    nodes: nodes.flatMap(([type, size], id) => [types.indexOf(type), 0, id, size, 0]),
  }
}

describe('splitSnapshot', () => {
  it('counts objects apart from compiled code, and DOM (native) nodes in neither', () => {
    const split = splitSnapshot(
      snapshotOf([
        ['object', 100],
        ['array', 40],
        ['string', 24],
        ['closure', 32],
        ['code', 5000],
        ['code', 700],
        ['native', 9000],
      ]),
    )
    expect(split).toEqual({ objectBytes: 196, codeBytes: 5700 })
  })

  it('refuses a snapshot without the fields it sums', () => {
    const broken = snapshotOf([['object', 1]])
    broken.snapshot.meta.node_fields = ['type', 'name']
    expect(() => splitSnapshot(broken)).toThrow(/self_size/)
  })
})
