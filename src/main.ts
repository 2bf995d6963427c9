import { Launch, Lightning } from '@lightningjs/sdk'
import bundledSettings from '../settings.json'
import { createApp } from './App'
import { createNewsStore } from './data/createNewsStore'
import { createFeedHttp } from './data/http'
import { parseSettings } from './data/settings'
import { createTextSizePreference } from './data/textSize'
import { createHomeFocus } from './pages/home/homeFocus'
import { desktopKeyMap } from './platform/keymap'
import { loadSettingsJson } from './platform/loadSettings'
import { stageFor } from './platform/resolution'
import { log, storage } from './platform/sdk'
import './main.css'

/** Boots Lightwire: settings → (inspector) → Lightning stage in the page. */
async function start(): Promise<void> {
  const query = new URLSearchParams(window.location.search)
  const { raw, warning } = await loadSettingsJson(bundledSettings)
  const settings = parseSettings(raw)
  if (warning) settings.warnings.unshift(warning)

  // The inspector must patch Lightning's classes before the stage exists.
  if (query.has('inspector') || settings.platformSettings.inspector) {
    await import('@lightningjs/core/inspector')
    window.attachInspector(Lightning)
  }

  const news = createNewsStore({
    sections: settings.appSettings.sections,
    refreshMinutes: settings.appSettings.refreshMinutes,
    http: createFeedHttp({
      proxyUrl: settings.platformSettings.proxyUrl,
      pageOrigin: /^https?:/.test(window.location.protocol) ? window.location.origin : undefined,
    }),
    storage,
    warn: (message) => log.warn(message),
  })
  const textSize = createTextSizePreference(storage, (message) => log.warn(message))
  const App = createApp({ settings, news, homeFocus: createHomeFocus(), textSize })
  const app = Launch(
    App,
    {
      ...settings.appSettings,
      stage: stageFor(window.innerHeight, query),
      keys: desktopKeyMap,
      debug: false,
      enablePointer: false,
    },
    settings.platformSettings,
  )
  document.body.appendChild(app.stage.getCanvas())
  // After Launch: the SDK's Storage is namespaced by platformSettings.id only once Launch has run.
  news.start()
  for (const message of settings.warnings) log.warn(message)
}

start().catch((error: unknown) => {
  console.error('[Lightwire] start-up failed', error)
})
