/**
 * A feed the test rewrites between fetches (issue 16's new stories and breaking news): served from the TV's
 * own HTTP server, like faultyFeed.ts, so the built CSP lets the app fetch it. Publication times are written
 * relative to the moment each request is answered, so "published 2 minutes ago" stays true however long the
 * test has run.
 */
import type { Route } from '../../../server/appServer'

export interface ChangingItem {
  guid: string
  title: string
  minutesAgo: number
}

export interface ChangingFeed {
  route: Route
  /** The stories the next fetch answers with, newest first. */
  set(items: ChangingItem[]): void
  /** A settings.json section for this feed. */
  section(id: string, title: string, extra?: { breaking?: boolean }): Record<string, unknown>
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

export function changingFeed(path: string, initial: ChangingItem[]): ChangingFeed {
  let items = initial
  const rss = () => {
    const now = Date.now()
    const entries = items
      .map(
        (item) => `<item><title>${xmlText(item.title)}</title><guid>${xmlText(item.guid)}</guid>
  <pubDate>${new Date(now - item.minutesAgo * 60_000).toUTCString()}</pubDate>
  <description>${xmlText(`${item.title}. The desk filed this story for the test.`)}</description></item>`,
      )
      .join('\n')
    return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Changing</title><link>https://desk.example.org/</link>
${entries}
</channel></rss>`
  }
  return {
    route: (_req, res, url) => {
      if (url.pathname !== path) return false
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'cache-control': 'no-store' })
      res.end(rss())
      return true
    },
    set(next) {
      items = next
    },
    section: (id, title, extra = {}) => ({ id, title, url: `.${path}`, ...extra }),
  }
}

/** `count` stories `<prefix>-0…`, newest first: `startMinutesAgo` old, then `stepMinutes` apart. */
export const stories = (
  prefix: string,
  count: number,
  startMinutesAgo = 60,
  stepMinutes = 60,
): ChangingItem[] =>
  Array.from({ length: count }, (_, n) => ({
    guid: `${prefix}-${n}`,
    title: `${prefix} story ${n + 1}`,
    minutesAgo: startMinutesAgo + n * stepMinutes,
  }))
