import { describe, expect, it } from 'vitest'
import { intlSupport } from '../../../src/i18n/intlSupport'
import { type Language, loadCatalogue } from '../../../src/i18n/languages'
import { createLocale } from '../../../src/i18n/locale'
import { settingsWords } from '../../../src/pages/settings/settingsWords'
import { storyWords } from '../../../src/pages/story/storyWords'

/** Without the bidi controls an RTL catalogue's phrases carry. */
const bare = (text: string) => text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
const localeFor = async (language: Language, intl = intlSupport(Intl)) =>
  createLocale(language, await loadCatalogue(language), intl)

describe('plurals through Intl.PluralRules', () => {
  it('English and Spanish say one and many', async () => {
    const en = await localeFor('en')
    expect(en.plural(en.t.time.daysAgo, 1)).toBe('1 day ago')
    expect(en.plural(en.t.time.daysAgo, 3)).toBe('3 days ago')
    const es = await localeFor('es')
    expect(es.plural(storyWords(es).minutesLeft, 1)).toBe('queda 1 min')
    expect(es.plural(storyWords(es).minutesLeft, 4)).toBe('quedan 4 min')
  })

  it('French counts 0 and 1 as singular', async () => {
    const fr = await localeFor('fr')
    expect(fr.plural(settingsWords(fr).moreFeeds, 1)).toBe('…et 1 autre')
    expect(fr.plural(settingsWords(fr).moreFeeds, 0)).toBe('…et 0 autre')
    expect(fr.plural(settingsWords(fr).moreFeeds, 2)).toBe('…et 2 autres')
  })

  it('Arabic uses all six forms: zero, one, two, few (3–10), many (11–99), other (100…)', async () => {
    const ar = await localeFor('ar')
    // Arabic phrases come embedded right to left (i18n/rtlCatalogue.ts): compare the words.
    expect(ar.plural(ar.t.time.minutesAgo, 1)).toBe('\u202bمنذ دقيقة\u202c')
    const minutes = (count: number) => bare(ar.plural(ar.t.time.minutesAgo, count))
    expect(minutes(0)).toBe('منذ 0 دقيقة')
    expect(minutes(1)).toBe('منذ دقيقة')
    expect(minutes(2)).toBe('منذ دقيقتين')
    expect(minutes(3)).toBe('منذ 3 دقائق')
    expect(minutes(10)).toBe('منذ 10 دقائق')
    expect(minutes(11)).toBe('منذ 11 دقيقة')
    expect(minutes(100)).toBe('منذ 100 دقيقة')
    const days = (count: number) => bare(ar.plural(ar.t.time.daysAgo, count))
    expect(days(5)).toBe('منذ 5 أيام')
    expect(days(11)).toBe('منذ 11 يومًا')
  })

  it('without Intl.PluralRules (old TV browsers) 1 is singular and every other count plural', async () => {
    const { pluralRules: _dropped, ...withoutRules } = intlSupport(Intl)
    const en = await localeFor('en', withoutRules)
    expect(en.plural(en.t.time.daysAgo, 1)).toBe('1 day ago')
    expect(en.plural(en.t.time.daysAgo, 2)).toBe('2 days ago')
  })
})
