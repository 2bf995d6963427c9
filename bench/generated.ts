/**
 * Generated feeds for the bench (scripts/generate-feed.ts), served on the fly by the app's bench server so no
 * large files exist on disk. `use()` switches what the next page load sees: the bundled settings.json and
 * feeds, or generated sections × stories.
 */

import {
  type GeneratedFeedOptions,
  generatedFeedRoute,
  generatedSettings,
  generateImage,
} from '../scripts/generate-feed'
import type { Route } from '../server/appServer'

export interface FeedSwitch {
  routes: Route[]
  use(size: 'bundled' | { sections: number; stories: number }): void
}

export function feedSwitch(): FeedSwitch {
  let generated = false
  // Read on every request by both routes, so switching needs no restart. A fixed date keeps runs alike.
  const options: GeneratedFeedOptions = { sections: 2, stories: 20, now: Date.UTC(2026, 10, 1, 12) }
  const settingsRoute: Route = (_req, res, url) => {
    if (!generated || url.pathname !== '/settings.json') return false
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' })
    // The app keeps 50 stories per section unless told otherwise: keep them all, so a 200-story feed is a
    // 200-tile row and the large feed really holds 4,000 stories.
    const settings = generatedSettings(options) as { appSettings: Record<string, unknown> }
    settings.appSettings.maxStoriesPerSection = options.stories
    res.end(JSON.stringify(settings))
    return true
  }
  // The generated feeds use 24 images; making a PNG costs the bench process tens of ms, so make each once
  // (node also drives the browser: time spent here would delay key presses).
  const images = new Map<string, Buffer>()
  const imageRoute: Route = (_req, res, url) => {
    const image = /^\/gen\/img\/(\d+)\.png$/.exec(url.pathname)
    if (!generated || !image) return false
    const key = image[1] ?? '0'
    const png = images.get(key) ?? generateImage(Number(key))
    images.set(key, png)
    res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-cache' })
    res.end(png)
    return true
  }
  return {
    routes: [settingsRoute, imageRoute, generatedFeedRoute(options)],
    use(size) {
      generated = size !== 'bundled'
      if (size !== 'bundled') {
        options.sections = size.sections
        options.stories = size.stories
      }
    },
  }
}
