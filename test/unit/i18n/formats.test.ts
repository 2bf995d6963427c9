import { describe, expect, it } from 'vitest'
import { intlSupport } from '../../../src/i18n/intlSupport'
import { type Language, loadCatalogue } from '../../../src/i18n/languages'
import { createLocale } from '../../../src/i18n/locale'
import { pageText, publishedText } from '../../../src/pages/story/storyFormat'
import { relativeTime, updatedLabel } from '../../../src/ui/relativeTime'

const NOW = Date.UTC(2026, 10, 25, 12, 0)
const MIN = 60_000
/** Without the bidi controls an RTL catalogue's phrases carry. */
const bare = (text: string) => text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
const localeFor = async (language: Language, intl = intlSupport(Intl)) =>
  createLocale(language, await loadCatalogue(language), intl)

describe('dates, times and numbers in the UI language', () => {
  it.each([
    ['en', '5 min ago', 'Yesterday', 'Updated 4 min ago', 'Page 2 of 5 · 4 min left'],
    ['es', 'hace 5 min', 'Ayer', 'Actualizado hace 4 min', 'Página 2 de 5 · quedan 4 min'],
    ['fr', 'il y a 5 min', 'Hier', 'Mis à jour il y a 4 min', 'Page 2 sur 5 · encore 4 min'],
    ['ar', 'منذ 5 دقائق', 'أمس', 'حُدِّثت منذ 4 دقائق', 'الصفحة 2 من 5 · بقيت 4 دقائق'],
  ] as const)(
    '%s: relative times, the freshness line and the page indicator',
    async (language, five, yesterday, updated, page) => {
      const locale = await localeFor(language)
      // Arabic phrases come embedded right to left (i18n/rtlCatalogue.ts): compare the words.
      expect(bare(relativeTime(NOW - 5 * MIN, NOW, locale))).toBe(five)
      expect(bare(relativeTime(NOW - 30 * 60 * MIN, NOW, locale))).toBe(yesterday)
      expect(bare(updatedLabel(NOW - 4 * MIN, NOW, locale))).toBe(updated)
      expect(bare(pageText(1, 5, 4, locale))).toBe(page)
    },
  )

  it.each([
    ['en', '25 Nov 2026, 10:00'],
    ['es', '25 nov 2026, 10:00'],
    ['fr', '25 nov. 2026, 10:00'],
  ] as const)('%s: a story date as the language writes it', async (language, expected) => {
    const locale = await localeFor(language)
    const story = { id: 's', sectionId: 't', title: 'T', summary: '', body: [], source: 'S' }
    const text = publishedText({ ...story, publishedAt: NOW - 2 * 60 * MIN }, NOW, locale, 'UTC')
    // ICU versions differ in the joiner ("," or " à "); the day, month and time are what must be right.
    expect(text.startsWith(expected.slice(0, 6))).toBe(true)
    expect(text).toContain('10:00')
  })

  it('Arabic dates have Arabic month names and Western digits', async () => {
    const ar = await localeFor('ar')
    const text = ar.dayMonth(new Date(NOW))
    expect(text).toMatch(/[\u0600-\u06FF]/)
    expect(text).toContain('25')
  })

  it('falls back to plain digits when the browser has no Intl formatters', async () => {
    const bare = await localeFor('fr', {})
    const date = new Date(2026, 2, 3, 9, 5)
    expect(bare.time(date)).toBe('09:05')
    expect(bare.dayMonth(date)).toBe('3/3')
    expect(bare.number(1234)).toBe('1234')
    expect(relativeTime(NOW - 3 * MIN, NOW, bare)).toBe('il y a 3 min')
  })
})

/** An IntlSupport that records which formatters are made. */
function countingIntl(made: string[]) {
  const real = intlSupport(Intl)
  return {
    pluralRules: (tag: string) => {
      made.push('plural')
      return real.pluralRules?.(tag) ?? (() => 'other' as const)
    },
    number: (tag: string) => {
      made.push('number')
      return real.number?.(tag) ?? String
    },
    dateTime: (tag: string, options: Intl.DateTimeFormatOptions) => {
      made.push(options.hour && options.day ? 'dateTime' : options.hour ? 'time' : 'dayMonth')
      return real.dateTime?.(tag, options) ?? ((date: Date) => date.toISOString())
    },
  }
}

describe('formatters', () => {
  it('makes no Intl formatter until the locale formats something, then one of each kind it uses', async () => {
    const made: string[] = []
    const locale = await localeFor('fr', countingIntl(made))
    expect(made).toEqual([])
    const when = new Date(NOW)
    expect(locale.time(when)).toBe(locale.time(when))
    expect(made).toEqual(['time'])
    locale.plural(locale.t.time.daysAgo, 2)
    locale.plural(locale.t.time.daysAgo, 3)
    expect(made).toEqual(['time', 'plural', 'number'])
  })

  it('writes what Home shows in English without Intl, as Intl’s en-GB would, and big numbers through it', async () => {
    const made: string[] = []
    const english = await localeFor('en', countingIntl(made))
    const reference = await localeFor('en', { ...intlSupport(Intl) })
    const real = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })
    for (const [hours, minutes] of [
      [0, 5],
      [9, 30],
      [12, 0],
      [23, 59],
    ] as const) {
      const date = new Date(2026, 5, 1, hours, minutes)
      expect(english.time(date)).toBe(real.format(date))
    }
    expect(english.dayMonth(new Date(2026, 11, 4))).toBe('4 Dec')
    expect(english.dayMonth(new Date(2026, 0, 31))).toBe('31 Jan')
    expect(english.plural(english.t.time.daysAgo, 1)).toBe('1 day ago')
    expect(english.plural(english.t.time.daysAgo, 0)).toBe('0 days ago')
    expect(english.plural(english.t.time.daysAgo, 21)).toBe('21 days ago')
    expect(made).toEqual([])
    expect(english.number(12345)).toBe('12,345')
    expect(english.number(12345)).toBe(reference.number(12345))
    expect(made).toEqual(['number'])
  })
})
