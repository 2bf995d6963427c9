import type { Router } from '@lightningjs/sdk'
import { HomePage } from './pages/home/HomePage'
import { LivePage } from './pages/live/LivePage'
import { NotFoundPage } from './pages/not-found/NotFoundPage'
import { SettingsPage } from './pages/settings/SettingsPage'
import type { Services } from './services'

type RouterConfig = Parameters<typeof Router.startRouter>[0]

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
          page.sections = services.settings.appSettings.sections
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
      { path: 'settings', component: SettingsPage },
      { path: '*', component: NotFoundPage },
    ],
  }
}
