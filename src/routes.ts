import type { Router } from '@lightningjs/sdk'
import { applySectionPreferences } from './data/preferences'
import { HomePage } from './pages/home/HomePage'
import { LivePage } from './pages/live/LivePage'
import { NotFoundPage } from './pages/not-found/NotFoundPage'
import { settingsContext } from './pages/settings/context'
import { SettingsPage } from './pages/settings/SettingsPage'
import type { Services } from './services'

type RouterConfig = Parameters<typeof Router.startRouter>[0]

/**
 * How the SDK Router keeps pages (platformSettings.router): a page is built when first visited, and a page
 * left with Back is destroyed. So what is attached is the active page plus the pages Back can return to —
 * never a stale page from a cancelled or abandoned navigation — and Home keeps its state under a story.
 */
export const routerSettings = { lazyCreate: true, destroyOnHistoryBack: true }

/** The one route table. Hash routes: `#home`, `#story/<id>`, `#live`, `#settings`; anything else is `*`. */
export function createRoutes(services: Services): RouterConfig {
  return {
    root: 'home',
    routes: [
      {
        path: 'home',
        component: HomePage,
        before: async (page: HomePage) => {
          page.live = services.settings.appSettings.live
          page.sections = applySectionPreferences(
            services.settings.appSettings.sections,
            services.preferences.get(),
          )
        },
      },
      {
        path: 'live',
        component: LivePage,
        before: async (page: LivePage) => {
          page.live = services.settings.appSettings.live
          // Pending the news store (issue #3): then `() => topHeadlines(services.news.snapshot())`.
          page.headlines = () => []
        },
      },
      {
        path: 'settings',
        component: SettingsPage,
        before: async (page: SettingsPage) => {
          page.context = settingsContext(services)
        },
      },
      { path: '*', component: NotFoundPage },
    ],
  }
}
