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
