import type { Router } from '@lightningjs/sdk'
import { PageUnavailable } from './not-found/PageUnavailable'

/**
 * The pages Home does not need, each in its own chunk that loads on first visit (with the reader, pagination
 * and the QR code library they alone use), so start-up downloads and compiles only Home. The SDK Router takes
 * a function returning `{ default: PageClass }` as a route's component: it calls it on the first visit,
 * keeps the current page and its focus until the chunk is in, then stores the class and never calls it
 * again (src/Router/index.js, `resolveHashChange`).
 */
type PageClass = Router.PageConstructor

const loaders = {
  story: () => import('./story/StoryPage').then((module) => module.StoryPage),
  settings: () => import('./settings/SettingsPage').then((module) => module.SettingsPage),
  live: () => import('./live/LivePage').then((module) => module.LivePage),
} satisfies Record<string, () => Promise<PageClass>>

export type LazyPageName = keyof typeof loaders

/**
 * The route's `component`. A chunk that fails to load (the app's own files unreachable, a packaged app half
 * updated) gives a page that says so instead of a rejection the Router never handles: its navigation would
 * stay queued for ever and the same route could not be asked for again.
 */
export function lazyPage(name: LazyPageName): () => Promise<{ default: PageClass }> {
  return () =>
    loaders[name]().then(
      (page): { default: PageClass } => ({ default: page }),
      (error: unknown) => {
        console.warn(`[Lightwire] the ${name} page did not load`, error)
        return { default: PageUnavailable }
      },
    )
}

/**
 * Starts loading page chunks without showing them (the module system keeps each one), so the first visit
 * does not wait for the network: the route a cold start opens, and every page once Home is idle.
 */
export function preloadPages(names: readonly LazyPageName[]): void {
  for (const name of names) void loaders[name]().catch(() => undefined)
}

/** The lazily loaded page a hash route such as `#story/abc` opens, if any. */
export function lazyPageFor(hash: string): LazyPageName | undefined {
  const first = hash.replace(/^#\/?/, '').split(/[/?]/)[0]
  return first === 'story' || first === 'settings' || first === 'live' ? first : undefined
}
