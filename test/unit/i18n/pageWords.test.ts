import { describe, expect, it } from 'vitest'
import { en } from '../../../src/i18n/catalogues/en'
import { enLive } from '../../../src/i18n/catalogues/enLive'
import { english } from '../../../src/i18n/english'
import { intlSupport } from '../../../src/i18n/intlSupport'
import { loadCatalogue, loadLanguage } from '../../../src/i18n/languages'
import { createLocale } from '../../../src/i18n/locale'
import { speechWordsOf } from '../../../src/i18n/speechWords'
import { liveWords } from '../../../src/pages/live/liveWords'
import { settingsWords } from '../../../src/pages/settings/settingsWords'
import { storyWords } from '../../../src/pages/story/storyWords'

const bare = (text: string) => text.replace(/[\u202a-\u202e]/g, '')

describe('page words (English page groups load with their page, not at start-up)', () => {
  it('keeps Story, Settings, Live and speech words out of the start-up English catalogue', async () => {
    expect(Object.keys(en)).not.toContain('story')
    expect(Object.keys(en)).not.toContain('settings')
    expect(Object.keys(en)).not.toContain('live')
    expect(Object.keys(en)).not.toContain('speech')
    // Starting in English hands the start-up groups only to the Locale.
    const started = await loadLanguage('en', () => undefined)
    expect(started.catalogue).toBe(en)
  })

  it('gives an English locale the groups its page chunk carries', () => {
    expect(storyWords(english).upNext).toBe('Up next')
    expect(settingsWords(english).about).toBe('About')
    expect(liveWords(english)).toBe(enLive)
    expect(speechWordsOf(english).button).toBe('button')
  })

  it('gives any other language its own groups, right to left for Arabic', async () => {
    const intl = intlSupport(Intl)
    const fr = createLocale('fr', await loadCatalogue('fr'), intl)
    expect(storyWords(fr).upNext).not.toBe('Up next')
    expect(liveWords(fr).title).toBe((await loadCatalogue('fr')).live.title)
    const ar = createLocale('ar', await loadCatalogue('ar'), intl)
    const upNext = storyWords(ar).upNext
    expect(upNext.startsWith('\u202b')).toBe(true)
    expect(bare(upNext)).toBe((await loadCatalogue('ar')).story.upNext)
  })
})
