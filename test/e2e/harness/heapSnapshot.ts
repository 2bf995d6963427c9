/**
 * What the JS heap holds after GC, split into the app's objects and V8's compiled code, read from a heap
 * snapshot over the DevTools protocol.
 *
 * Why split: `Runtime.getHeapUsage` counts compiled code too, and V8 keeps compiling (optimising more
 * functions, re-optimising after deopts) long after the app's objects have levelled off. Heap snapshots of a
 * 6,000-key soak (seed 20261125, taken every 1,500 keys on Home) showed objects flat at 3.21, 3.23, 3.42,
 * 3.45, 3.26 MB while compiled code went 5.35 → 6.07 MB: the whole "growth" the used-heap figure reported was
 * code. A leak is objects the app keeps; so the soak's limit is on objects, and code is reported beside it.
 */
import type { CDPSession } from 'playwright-core'

export interface HeapSplit {
  /** Self sizes of every JS heap node except compiled code and its metadata (bytecode, feedback, ICs). */
  objectBytes: number
  /** V8's code: machine code, bytecode arrays, feedback vectors, inline caches. */
  codeBytes: number
}

interface SnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
  nodes: number[]
}

/** Two full GCs (the first can leave finalised objects behind), then a snapshot, summed by node type. */
export async function heapSplit(cdp: CDPSession): Promise<HeapSplit> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const chunks: string[] = []
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  }
  return splitSnapshot(JSON.parse(chunks.join('')) as SnapshotJson)
}

/**
 * Sums self sizes by node type. `native` nodes (DOM and other Blink objects, outside the JS heap) count in
 * neither; everything of type `code` is code; the rest are objects.
 */
export function splitSnapshot(json: SnapshotJson): HeapSplit {
  const fields = json.snapshot.meta.node_fields
  const types = json.snapshot.meta.node_types[0]
  const stride = fields.length
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  if (typeAt < 0 || sizeAt < 0) throw new Error('Heap snapshot without type or self_size fields')
  const code = types.indexOf('code')
  const native = types.indexOf('native')
  let objectBytes = 0
  let codeBytes = 0
  for (let i = 0; i < json.nodes.length; i += stride) {
    const type = json.nodes[i + typeAt]
    const size = json.nodes[i + sizeAt] ?? 0
    if (type === code) codeBytes += size
    else if (type !== native) objectBytes += size
  }
  return { objectBytes, codeBytes }
}

/** A heap snapshot's JSON with the fields `groupSnapshot` reads. */
export interface FullSnapshotJson {
  snapshot: {
    meta: {
      node_fields: string[]
      node_types: [string[], ...unknown[]]
      edge_fields: string[]
      edge_types: [string[], ...unknown[]]
    }
  }
  nodes: number[]
  edges: number[]
  strings: string[]
}

/**
 * Self sizes of the JS heap's nodes (code and native left out), summed by what a node is and what holds it:
 * `string ← Object.title ← Array[]` — its type (constructor for objects), then its first strong retainer and
 * that one's, each with the property or variable name of the edge. Diff two snapshots' groups to see where
 * the heap grows (scripts/heap-per-story.ts).
 */
export function groupSnapshot(json: FullSnapshotJson): Map<string, number> {
  const { node_fields, node_types, edge_fields, edge_types } = json.snapshot.meta
  const stride = node_fields.length
  const edgeStride = edge_fields.length
  const [typeAt, nameAt, sizeAt, edgeCountAt] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
    node_fields.indexOf(f),
  ) as [number, number, number, number]
  const [edgeTypeAt, edgeNameAt, toAt] = ['type', 'name_or_index', 'to_node'].map((f) =>
    edge_fields.indexOf(f),
  ) as [number, number, number]
  const nodeTypes = node_types[0]
  const edgeTypes = edge_types[0]
  const count = json.nodes.length / stride
  // First strong retainer of every node: (retainer node, edge label).
  const retainer = new Int32Array(count).fill(-1)
  const retainedAs: string[] = new Array<string>(count)
  let edge = 0
  for (let node = 0; node < count; node++) {
    const edges = json.nodes[node * stride + edgeCountAt] ?? 0
    for (let e = 0; e < edges; e++, edge += edgeStride) {
      const kind = edgeTypes[json.edges[edge + edgeTypeAt] ?? 0]
      if (kind === 'weak' || kind === 'shortcut') continue
      const to = (json.edges[edge + toAt] ?? 0) / stride
      if (retainer[to] !== -1) continue
      retainer[to] = node
      const name = json.edges[edge + edgeNameAt] ?? 0
      retainedAs[to] = kind === 'element' || kind === 'hidden' ? '[]' : `.${json.strings[name]}`
    }
  }
  const label = (node: number): string => {
    const type = nodeTypes[json.nodes[node * stride + typeAt] ?? 0] ?? '?'
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'number')
      return type
    const name = json.strings[json.nodes[node * stride + nameAt] ?? 0] ?? '?'
    return type === 'object' || type === 'closure' ? name.slice(0, 40) : `(${type}) ${name.slice(0, 30)}`
  }
  const groups = new Map<string, number>()
  for (let node = 0; node < count; node++) {
    const type = nodeTypes[json.nodes[node * stride + typeAt] ?? 0]
    if (type === 'code' || type === 'native') continue
    let key = label(node)
    let at = node
    for (let depth = 0; depth < 2 && retainer[at] !== -1; depth++) {
      const parent = retainer[at] ?? -1
      key += ` ← ${label(parent)}${retainedAs[at]}`
      at = parent
    }
    groups.set(key, (groups.get(key) ?? 0) + (json.nodes[node * stride + sizeAt] ?? 0))
  }
  return groups
}
