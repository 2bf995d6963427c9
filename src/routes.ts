import type { Router } from '@lightningjs/sdk'
import { HomePage } from './pages/home/HomePage'
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
          page.focusMemory = services.homeFocus
          page.store = services.news
        },
      },
      { path: 'settings', component: SettingsPage },
      { path: '*', component: NotFoundPage },
    ],
  }
}
