/**
 * The one check for URLs the app hands to the viewer's phone (QR codes): absolute http(s) only. Feeds are
 * not trusted: `javascript:`, `data:`, relative or malformed links are never encoded.
 */
export function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  const trimmed = url.trim()
  if (!/^https?:\/\/[^\s/?#]+/i.test(trimmed) || /\s/.test(trimmed)) return undefined
  try {
    const parsed = new URL(trimmed)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? trimmed : undefined
  } catch {
    return undefined
  }
}
