/**
 * A feed whose server misbehaves on command: the fault-injection tests serve it from the TV's own HTTP server
 * (the built CSP lets the app fetch only from its origin and the hosts in settings.json, so a feed on another
 * port would be refused by the browser before any fault could be seen) and switch its behaviour mid-test:
 *
 *   const wire = faultyFeed('/faults/wire.xml', 'down')
 *   const tv = await tvs.open({ routes: [wire.route], settings: withSections(wire.section('wire', 'Wire')) })
 *   wire.set('ok')
 *
 * "down" drops the connection without an answer: XMLHttpRequest reports exactly what it reports for a refused
 * connection (a network error, status 0), which is what a TV sees when the feed host is unreachable.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Route } from '../../../server/appServer'

export type Fault =
  | 'ok'
  /** The connection is dropped with no answer (host unreachable). */
  | 'down'
  /** Answers `ok` after this many milliseconds (30 s: longer than the app's 15 s deadline). */
  | { delayMs: number }
  /** Holds the request until `release()` (a slow feed that answers within the deadline). */
  | 'held'
  | { status: number }
  /** Bytes that are no text format at all. */
  | 'garbage'
  /** A feed cut off at the start of its first item. */
  | 'truncated-early'
  /** A feed cut off after three whole items (in the fourth). */
  | 'truncated-late'
  /** A captive-portal / CMS error page with status 200. */
  | 'html'
  /** A valid feed of 6 MB, over the app's 5 MB cap (Content-Length sent). */
  | 'huge'
  /** Fails (connection dropped) and answers in turn, request by request. */
  | 'flapping'

export interface FaultyFeed {
  route: Route
  path: string
  set(fault: Fault): void
  /** Changes the stories served by `ok` (their titles say which revision they come from). */
  setRevision(revision: number): void
  /** Answers every request held by `held`. */
  release(): void
  /** Requests received so far. */
  readonly requests: number
  /** A settings.json section for this feed (relative to the app, as bundled feeds are). */
  section(id: string, title: string): { id: string; title: string; url: string }
}

export const faultyTitle = (revision: number, n: number) => `Wire report ${n} (revision ${revision})`

function rss(revision: number, items: number): string {
  const entries = Array.from(
    { length: items },
    (_, n) => `<item><title>${faultyTitle(revision, n + 1)}</title><guid>wire-${revision}-${n}</guid>
      <pubDate>${new Date(Date.UTC(2026, 10, 25, 12, 0) - n * 60_000).toUTCString()}</pubDate>
      <description>&lt;p&gt;The wire desk filed report ${n + 1} of revision ${revision}.&lt;/p&gt;</description></item>`,
  ).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example.org/</link>
${entries}
</channel></rss>`
}

function hugeFeed(bytes: number): Buffer {
  const item = `<item><title>Padding story</title><description>${'Filler text for a feed that is far too big. '.repeat(40)}</description></item>\n`
  const head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>\n'
  return Buffer.from(`${head}${item.repeat(Math.ceil(bytes / item.length))}</channel></rss>`)
}

/** Deterministic bytes that decode to nothing readable (not UTF-8 text, no `<` or `{` first). */
function garbage(length: number): Buffer {
  const bytes = Buffer.alloc(length)
  let seed = 7
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    bytes[i] = 0x80 + (seed % 0x80)
  }
  return bytes
}

export function faultyFeed(path: string, initial: Fault = 'ok'): FaultyFeed {
  let fault: Fault = initial
  let revision = 1
  let requests = 0
  let flap = 0
  const held: ServerResponse[] = []
  const huge = hugeFeed(6 * 1024 * 1024)

  const send = (res: ServerResponse, body: string | Buffer, type = 'application/rss+xml') => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' })
    res.end(body)
  }
  const ok = (res: ServerResponse) => send(res, rss(revision, 6))
  const drop = (req: IncomingMessage): void => {
    req.socket.destroy()
  }

  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const now = fault
    if (now === 'ok') return ok(res)
    if (now === 'down') return drop(req)
    if (now === 'held') {
      held.push(res)
      return
    }
    if (now === 'garbage') return send(res, garbage(4096))
    if (now === 'truncated-early' || now === 'truncated-late') {
      // Cut inside the first item's title tag (nothing readable), or the fourth's (three whole items).
      const parts = rss(revision, 6).split('<item>')
      const whole = now === 'truncated-early' ? 1 : 4
      return send(res, `${parts.slice(0, whole).join('<item>')}<item><tit`)
    }
    if (now === 'html') {
      return send(
        res,
        '<!DOCTYPE html><html><head><title>Sign in to the hotel Wi-Fi</title></head><body><h1>Welcome</h1></body></html>',
        'text/html; charset=utf-8',
      )
    }
    if (now === 'huge') {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': huge.length })
      res.end(huge)
      return
    }
    if (now === 'flapping') {
      flap++
      if (flap % 2 === 1) return drop(req)
      return ok(res)
    }
    if ('status' in now) {
      res.writeHead(now.status, { 'content-type': 'text/plain' })
      res.end(`HTTP ${now.status}`)
      return
    }
    const timer = setTimeout(() => ok(res), now.delayMs)
    res.on('close', () => clearTimeout(timer))
  }

  return {
    path,
    route: (req, res, url) => {
      if (url.pathname !== path) return false
      requests++
      answer(req, res)
      return true
    },
    set: (next) => {
      fault = next
    },
    setRevision: (next) => {
      revision = next
    },
    release: () => {
      for (const res of held.splice(0)) if (!res.destroyed) ok(res)
    },
    get requests() {
      return requests
    },
    section: (id, title) => ({ id, title, url: `.${path}` }),
  }
}
