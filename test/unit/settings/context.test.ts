import { describe, expect, it } from 'vitest'
import type { NewsStore } from '../../../src/data/newsStore'
import type { PreferencesService } from '../../../src/data/preferencesService'
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
    expect(about.quality).toBe('Low quality (auto)')
    expect(about.version).toBe('1.2.3')
  })
})
