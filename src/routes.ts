import type { Router } from '@lightningjs/sdk'
import { HomePage } from './pages/home/HomePage'
import { lazyPage } from './pages/lazyPages'
import type { LivePage } from './pages/live/LivePage'
import { topHeadlines } from './pages/live/logic/headlines'
import { NotFoundPage } from './pages/not-found/NotFoundPage'
import { settingsContext } from './pages/settings/context'
import type { SettingsPage } from './pages/settings/SettingsPage'
import type { StoryPage } from './pages/story/StoryPage'
import { log } from './platform/sdk'
import type { Services } from './services'
import { liveTileEntry } from './ui/LiveTile'

type RouterConfig = Parameters<typeof Router.startRouter>[0]

/**
 * How the SDK Router keeps pages (platformSettings.router): a page is built when first visited, and a page
 * left with Back is destroyed. So what is attached is the active page plus the pages Back can return to —
 * never a stale page from a cancelled or abandoned navigation — and Home keeps its state under a story.
 */
export const routerSettings = { lazyCreate: true, destroyOnHistoryBack: true }

/**
 * The one route table. Hash routes: `#home`, `#story/<id>`, `#live`, `#settings`; anything else is `*`.
 * Home and not-found are in the start-up bundle; the other pages load on first visit (pages/lazyPages.ts).
 */
export function createRoutes(services: Services): RouterConfig {
  return {
    root: 'home',
    routes: [
      {
        path: 'home',
        component: HomePage,
        before: async (page: HomePage) => {
          page.focusMemory = services.homeFocus
          page.preferences = services.preferences
          page.quality = services.quality
          page.history = services.history
          page.newStories = services.newStories
          page.scripts = services.scripts
          page.store = services.news
          const { live } = services.settings.appSettings
          page.leading = live ? [liveTileEntry(live, services.quality.level() === 'low')] : []
        },
      },
      {
        // The page instance is reused from story to story; `open` clears the old story before anything else.
        path: 'story/:id',
        component: lazyPage('story'),
        before: async (page: StoryPage, params: { id?: string }) => {
          page.services = {
            news: services.news,
            // The reader's side of the viewer's text-size preference (Settings changes the same value).
            textSize: {
              get: () => services.preferences.get().textSize,
              set: (size) => void services.preferences.setTextSize(size),
            },
            homeFocus: services.homeFocus,
            scripts: services.scripts,
            warn: (message) => log.warn(message),
            history: services.history,
            listen: (events) =>
              services.guidance
                .open()
                .then((guidance) => guidance.runtime())
                .then((runtime) => runtime.readAloud(events)),
          }
          page.open(params.id ?? '')
        },
      },
      {
        path: 'live',
        component: lazyPage('live'),
        before: async (page: LivePage) => {
          page.live = services.settings.appSettings.live
          page.captionsStore = { guidance: services.guidance, storage: services.storage }
          page.headlines = () => topHeadlines(services.news.snapshot())
        },
      },
      {
        path: 'settings',
        component: lazyPage('settings'),
        before: async (page: SettingsPage) => {
          page.context = settingsContext(services)
        },
      },
      { path: '*', component: NotFoundPage },
    ],
  }
}
