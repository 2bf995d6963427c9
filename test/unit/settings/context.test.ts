import { describe, expect, it } from 'vitest'
import type { NewsStore } from '../../../src/data/newsStore'
import type { PreferencesService } from '../../../src/data/preferencesService'
import { createReadingHistoryService } from '../../../src/data/readingHistoryService'
import { parseSettings } from '../../../src/data/settings'
import { english } from '../../../src/i18n/english'
import { settingsContext } from '../../../src/pages/settings/context'
import type { Platform } from '../../../src/platform/platform'
import { createQuality } from '../../../src/platform/quality'
import type { KeyValueStore } from '../../../src/platform/sdk'
import type { Services } from '../../../src/services'

describe('settingsContext', () => {
  it('tells About when the news store last updated and which drawing quality is in use', () => {
    const updatedAt = Date.UTC(2026, 11, 4, 9, 30)
    const services = {
      settings: parseSettings({ appSettings: { version: '1.2.3', sections: [] } }),
      news: { snapshot: () => ({ sections: [], updatedAt }) } as unknown as NewsStore,
      platform: { name: 'Desktop browser' } as Platform,
      preferences: {} as PreferencesService,
      storage: {} as KeyValueStore,
      quality: createQuality('auto', { read: () => 'low', write: () => {} }),
      locale: english,
    } as Omit<Services, 'homeFocus'> as Services
    const about = settingsContext(services).about()
    expect(about.updatedAt).toBe(updatedAt)
    expect(about.quality).toEqual({ setting: 'auto', level: 'low' })
    expect(about.version).toBe('1.2.3')
  })

  it('tells About when feeds arrive or auto quality steps down, until Settings stops watching', () => {
    const listeners = new Set<() => void>()
    const quality = createQuality('auto', { read: () => 'high', write: () => {} })
    const services = {
      settings: parseSettings({ appSettings: { version: '1.2.3', sections: [] } }),
      news: {
        snapshot: () => ({ sections: [], updatedAt: 0 }),
        subscribe: (listener: () => void) => {
          listeners.add(listener)
          return () => listeners.delete(listener)
        },
      } as unknown as NewsStore,
      platform: { name: 'Desktop browser' } as Platform,
      quality,
      locale: english,
    } as Omit<Services, 'homeFocus'> as Services
    let changes = 0
    const stop = settingsContext(services).watchAbout(() => changes++)
    for (const listener of listeners) listener()
    quality.stepDown()
    expect(changes).toBe(2)
    stop()
    expect(listeners.size).toBe(0)
    quality.stepDown()
    expect(changes).toBe(2)
  })

  it('keeps the viewer’s reading history through "Reset cached data", and "Clear history" empties it', () => {
    const values = new Map<string, unknown>([['lightwire.news.v1', {}]])
    const store: KeyValueStore = {
      get: (key) => values.get(key) ?? null,
      set: (key, value) => {
        values.set(key, value)
        return true
      },
      remove: (key) => {
        values.delete(key)
      },
      clear: () => values.clear(),
    }
    const history = createReadingHistoryService(
      store,
      () => 5,
      () => undefined,
    )
    history.visit({ storyId: 'top-1', sectionId: 'top', page: 2, pages: 5 })
    // The news store reads opened stories back from the stored copy: it must take them in before it goes.
    const cacheWhenKept: boolean[] = []
    const news = { keepStoriesInMemory: () => cacheWhenKept.push(values.has('lightwire.news.v1')) }
    const services = {
      settings: parseSettings({ appSettings: { sections: [] } }),
      preferences: { persist: () => true } as unknown as PreferencesService,
      storage: store,
      news: news as unknown as NewsStore,
      history,
      locale: english,
    } as unknown as Services
    const context = settingsContext(services)
    expect(context.resetCachedData()).toBe(true)
    expect(values.has('lightwire.news.v1')).toBe(false)
    expect(cacheWhenKept).toEqual([true])
    expect(
      createReadingHistoryService(
        store,
        () => 6,
        () => undefined,
      ).isRead('top-1'),
    ).toBe(true)
    expect(context.clearReadingHistory()).toBe(true)
    expect(
      createReadingHistoryService(
        store,
        () => 7,
        () => undefined,
      ).isRead('top-1'),
    ).toBe(false)
  })
})
