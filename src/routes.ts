import type { Router } from '@lightningjs/sdk'
import { HomePage } from './pages/home/HomePage'
import { NotFoundPage } from './pages/not-found/NotFoundPage'
import { SettingsPage } from './pages/settings/SettingsPage'
import { StoryPage } from './pages/story/StoryPage'
import { log } from './platform/sdk'
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
      {
        // The page instance is reused from story to story; `open` clears the old story before anything else.
        path: 'story/:id',
        component: StoryPage,
        before: async (page: StoryPage, params: { id?: string }) => {
          page.services = {
            news: services.news,
            textSize: services.textSize,
            homeFocus: services.homeFocus,
            warn: (message) => log.warn(message),
          }
          page.open(params.id ?? '')
        },
      },
      { path: 'settings', component: SettingsPage },
      { path: '*', component: NotFoundPage },
    ],
  }
}
