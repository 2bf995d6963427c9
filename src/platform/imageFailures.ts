import type { NewsSnapshot } from '../data/newsStore'

/**
 * Images that failed to load this session (issue 18). Lightning asks the network again for every element
 * that shows a URL, so a broken image was requested anew each time its tile came back into view (three
 * times in a minute of a few keys with the network off). The placeholder stays instead, and the failures
 * are forgotten when they may have healed: the network came back, or a refresh brought news.
 */
export interface ImageFailures {
  hasFailed(url: string): boolean
  failed(url: string): void
  clear(): void
}

/** Remembers at most `limit` URLs (the oldest go first): a session of hostile feeds cannot grow it for ever. */
export function createImageFailures(limit = 500): ImageFailures {
  const urls = new Set<string>()
  return {
    hasFailed: (url) => urls.has(url),
    failed(url) {
      urls.delete(url)
      urls.add(url)
      if (urls.size > limit) {
        const oldest = urls.values().next().value
        if (oldest !== undefined) urls.delete(oldest)
      }
    },
    clear: () => urls.clear(),
  }
}

/** Clears `failures` on the `online` event and whenever the news store's update time moves on. */
export function forgetImageFailuresWhenHealed(
  failures: ImageFailures,
  news: { subscribe(listener: (snapshot: NewsSnapshot) => void): () => void },
  events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
): () => void {
  let updatedAt: number | undefined
  const unsubscribe = news.subscribe((snapshot) => {
    if (updatedAt !== undefined && snapshot.updatedAt !== updatedAt) failures.clear()
    updatedAt = snapshot.updatedAt
  })
  const online = () => failures.clear()
  events.addEventListener('online', online)
  return () => {
    unsubscribe()
    events.removeEventListener('online', online)
  }
}
