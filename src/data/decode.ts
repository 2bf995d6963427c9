/**
 * Feed bytes → text, honouring the declared encoding: a byte-order mark first, then the XML declaration's
 * `encoding` (the document knows best), then the HTTP charset, then UTF-8. Publishers still serve
 * ISO-8859-1 and windows-1252; TextDecoder (browsers and node alike) knows every encoding the web uses.
 */
import type { FeedError } from './model'

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warning?: string }
  | { ok: false; error: FeedError }

function charsetFromContentType(contentType: string | undefined): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]
}

function declaredInXml(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII by definition: read the first bytes as Latin-1 to find it.
  let head = ''
  for (let i = 0; i < Math.min(bytes.length, 256); i++) head += String.fromCharCode(bytes[i]!)
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  return undefined
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase())
  } catch {
    return undefined
  }
}

export function decodeFeed(bytes: Uint8Array, contentType?: string, feedName = 'this'): DecodeResult {
  const label = bomEncoding(bytes) ?? declaredInXml(bytes) ?? charsetFromContentType(contentType) ?? 'utf-8'
  // A UTF-16 document cannot have an ASCII-readable XML declaration: the BOM decides, and UTF-16 labels
  // without one are the server mislabelling UTF-8.
  const effective = /^utf-?16/i.test(label) && !bomEncoding(bytes) ? 'utf-8' : label
  const decoder = decoderFor(effective)
  if (!decoder) {
    return {
      ok: false,
      error: {
        kind: 'unsupported-encoding',
        message: `The ${feedName} feed uses an encoding this TV cannot read (${label}).`,
      },
    }
  }
  if (decoder.encoding === 'utf-8') {
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
    } catch {
      // Bytes that are not UTF-8 under a UTF-8 label are, in practice, windows-1252 from an old CMS.
      return {
        ok: true,
        text: new TextDecoder('windows-1252').decode(bytes),
        encoding: 'windows-1252',
        warning: `The feed says ${label} but is not valid UTF-8: read as windows-1252.`,
      }
    }
  }
  // TextDecoder drops the BOM itself and replaces invalid bytes with U+FFFD rather than throwing.
  return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding }
}
