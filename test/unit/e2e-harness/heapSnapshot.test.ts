import { describe, expect, it } from 'vitest'
import { groupSnapshot, splitSnapshot } from '../../e2e/harness/heapSnapshot'

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

describe('groupSnapshot', () => {
  it('sums self sizes by what a node is and what holds it, two retainers up, skipping weak edges', () => {
    const types = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'native']
    const edgeTypes = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak']
    const strings = ['', 'Story', 'Array', 'title', 'system / Code', 'cache']
    // Nodes: 0 Array, 1 Story, 2 Story, 3 string (title of 1), 4 string (title of 2), 5 code, 6 Object (cache).
    const nodes: [type: string, name: number, size: number, edges: number][] = [
      ['object', 2, 16, 2],
      ['object', 1, 40, 1],
      ['object', 1, 40, 1],
      ['string', 0, 64, 0],
      ['string', 0, 72, 0],
      ['code', 4, 500, 0],
      ['object', 5, 20, 1],
    ]
    const stride = 5
    const edges: [type: string, name: number, to: number][] = [
      ['element', 0, 1],
      ['element', 1, 2],
      ['property', 3, 3],
      ['property', 3, 4],
      // A weak reference does not hold node 3: its title stays grouped under the story.
      ['weak', 5, 3],
    ]
    const json = {
      snapshot: {
        meta: {
          node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
          node_types: [types, 'string', 'number', 'number', 'number'] as [string[], ...unknown[]],
          edge_fields: ['type', 'name_or_index', 'to_node'],
          edge_types: [edgeTypes, 'string_or_number', 'node'] as [string[], ...unknown[]],
        },
      },
      nodes: nodes.flatMap(([type, name, size, count], id) => [types.indexOf(type), name, id, size, count]),
      edges: edges.flatMap(([type, name, to]) => [edgeTypes.indexOf(type), name, to * stride]),
      strings,
    }
    expect(Object.fromEntries(groupSnapshot(json))).toEqual({
      Array: 16,
      'Story ← Array[]': 80,
      'string ← Story.title ← Array[]': 136,
      cache: 20,
    })
  })
})
