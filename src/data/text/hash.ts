/**
 * Short stable ids for stories: the same key (guid, link or title+date) always gives the same id, and the
 * id is URL-hash safe (`#story/<id>`): lower-case letters and digits only.
 */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

/** Two independent 32-bit FNV-1a hashes → 12–14 base-36 characters (collisions are vanishingly rare per feed). */
export function stableHash(text: string): string {
  const a = fnv1a(text, 0x811c9dc5).toString(36).padStart(7, '0')
  const b = fnv1a(text, 0x01234567).toString(36).padStart(7, '0')
  return a + b
}
