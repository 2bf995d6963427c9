import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFeed } from '../../../src/data/parseFeed'
import {
  directionOfLanguage,
  directionOfText,
  hasArabicScript,
  storyDirection,
} from '../../../src/data/text/direction'
import { saxesTree } from '../../../src/data/xml/saxesTree'
import { directedText, embedded, uiLine } from '../../../src/ui/text/directedText'
import { textStyle } from '../../../src/ui/theme'

const ROOT = new URL('../../..', import.meta.url).pathname
const parse = (text: string) => parseFeed(text, { sectionId: 's', sectionTitle: 'S', xml: saxesTree })
const item = (title: string) =>
  `<item><title>${title}</title><link>https://e.org/${encodeURIComponent(title)}</link></item>`

describe('direction of headlines and stories', () => {
  it('reads a language tag: Arabic, Persian, Urdu and Hebrew are right to left', () => {
    expect(directionOfLanguage('ar')).toBe('rtl')
    expect(directionOfLanguage('ar-EG')).toBe('rtl')
    expect(directionOfLanguage('fa_IR')).toBe('rtl')
    expect(directionOfLanguage('ur')).toBe('rtl')
    expect(directionOfLanguage('he')).toBe('rtl')
    expect(directionOfLanguage('az-Arab')).toBe('rtl')
    expect(directionOfLanguage('en-GB')).toBe('ltr')
    expect(directionOfLanguage('')).toBeUndefined()
    expect(directionOfLanguage('not a tag')).toBeUndefined()
  })

  it('reads the text by the majority of its letters, so a Latin brand name does not flip an Arabic headline', () => {
    expect(directionOfText('BBC تطلق خدمة جديدة للأخبار المحلية')).toBe('rtl')
    expect(directionOfText('Lightwire ships an Arabic catalogue (العربية)')).toBe('ltr')
    expect(directionOfText('שלום עולם')).toBe('rtl')
    expect(directionOfText('2026 — 40')).toBeUndefined()
  })

  it('takes the story’s own words first and the feed’s language when the words do not tell', () => {
    expect(storyDirection('مكتبة الحي القديم', 'en')).toBe('rtl')
    expect(storyDirection('Harbour bridge reopens', 'ar')).toBe('ltr')
    expect(storyDirection('2026', 'ar')).toBe('rtl')
    expect(storyDirection('2026', undefined)).toBe('ltr')
  })

  it('knows Arabic script (what needs the Arabic font) from Hebrew', () => {
    expect(hasArabicScript('اردو')).toBe(true)
    expect(hasArabicScript('Cafe ﻻ')).toBe(true)
    expect(hasArabicScript('שלום')).toBe(false)
    expect(hasArabicScript('Top Stories')).toBe(false)
  })

  it('marks RTL stories when a feed is parsed (RSS <language>, Atom xml:lang, JSON Feed language)', () => {
    const rss = parse(
      `<rss version="2.0"><channel><title>T</title><language>ar</language>${item('عنوان الخبر')}${item('2026')}${item('A Latin headline')}</channel></rss>`,
    )
    expect(rss.ok && rss.stories.map((story) => story.dir)).toEqual(['rtl', 'rtl', undefined])
    const atom = parse(
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fa"><title>T</title><entry><title>1404</title><id>x</id></entry></feed>',
    )
    expect(atom.ok && atom.stories[0]?.dir).toBe('rtl')
    const json = parse(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'T',
        language: 'he',
        items: [{ id: '1', title: '5' }],
      }),
    )
    expect(json.ok && json.stories[0]?.dir).toBe('rtl')
  })

  it('reads the bundled Arabic sample feed as right to left throughout', () => {
    const result = parse(readFileSync(`${ROOT}static/feeds/arabic.xml`, 'utf8'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.stories.length).toBeGreaterThanOrEqual(4)
    expect(result.stories.every((story) => story.dir === 'rtl' && story.body.length > 0)).toBe(true)
  })
})

describe('drawing directed text', () => {
  // One unit per character: lines break where a real font would, give or take.
  const measureFactory = () => (text: string) => text.length * 10
  const options = {
    uiDir: 'ltr' as const,
    style: textStyle.body,
    measureFactory,
  }

  it('leaves LTR text to Lightning’s word wrap', () => {
    expect(directedText('A headline', 'ltr', { ...options, width: 100, maxLines: 2 })).toEqual({
      text: 'A headline',
      wordWrap: true,
      textAlign: 'left',
      w: 0,
    })
  })

  it('breaks RTL text into embedded lines, right-aligned, with an ellipsis past maxLines', () => {
    const patch = directedText('كلمة كلمة كلمة كلمة كلمة كلمة', 'rtl', {
      ...options,
      width: 100,
      maxLines: 2,
    })
    const lines = String(patch.text).split('\n')
    expect(lines).toHaveLength(2)
    expect(lines.every((line) => line.startsWith('\u202b') && line.endsWith('\u202c'))).toBe(true)
    expect(lines[1]).toMatch(/…\u202c$/)
    expect(patch).toMatchObject({ wordWrap: false, textAlign: 'right', w: 100 })
    // Under a mirrored (RTL) UI Lightning swaps alignment, so "left" is what lands on the right.
    expect(directedText('كلمة', 'rtl', { ...options, uiDir: 'rtl', width: 100, maxLines: 2 }).textAlign).toBe(
      'left',
    )
  })

  it('isolates feed text of the other direction inside a UI line, and gives a whole UI line an RTL base', () => {
    expect(embedded('عربي', 'ltr')).toBe('\u2067عربي\u2069')
    expect(embedded('World', 'ltr')).toBe('World')
    expect(embedded('World', 'rtl')).toBe('\u2066World\u2069')
    expect(uiLine('a · b', 'rtl')).toBe('\u202ba · b\u202c')
    expect(uiLine('a · b', 'ltr')).toBe('a · b')
  })
})
