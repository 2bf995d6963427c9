import { describe, expect, it } from 'vitest'
import { isRtl } from '../../../src/data/text/direction'
import { clusterStarts } from '../../../src/data/text/graphemes'
import { wrapParagraph, wrapTokens } from '../../../src/data/text/lineBreak'
import { cleanWhitespace } from '../../../src/data/text/whitespace'
import { CHAR, countingMeasure, monospace } from './fakeMeasure'

const texts = (paragraph: string, chars: number) =>
  wrapParagraph(paragraph, chars * CHAR, monospace).map((line) => line.text)

/** Every line fits, and the lines put back together give the paragraph (bar the spaces at breaks). */
function expectFaithful(paragraph: string, chars: number) {
  const lines = wrapParagraph(paragraph, chars * CHAR, monospace)
  const text = cleanWhitespace(paragraph)
  for (const line of lines) {
    expect(monospace(line.text)).toBeLessThanOrEqual(chars * CHAR)
    expect(text.slice(line.start, line.end)).toBe(line.text)
    expect(line.text).toBe(line.text.trim())
  }
  expect(
    lines
      .map((line) => line.text)
      .join('')
      .replace(/ /g, ''),
  ).toBe(text.replace(/ /g, ''))
  return lines
}

describe('wrapParagraph', () => {
  it('breaks at spaces and fills each line greedily', () => {
    expect(texts('The quick brown fox jumps over the lazy dog', 15)).toEqual([
      'The quick brown',
      'fox jumps over',
      'the lazy dog',
    ])
  })

  it('lets a line be exactly as wide as the column, and drops the spaces at the break', () => {
    expect(texts('aaaa bbbb cccc', 9)).toEqual(['aaaa bbbb', 'cccc'])
  })

  it('normalises white space from feeds (tabs, newlines, double spaces)', () => {
    expect(texts('  one\t two\n\nthree   four  ', 40)).toEqual(['one two three four'])
    expect(wrapParagraph('   ', 100, monospace)).toEqual([])
  })

  it('cuts a word longer than the column, preferably after a slash or dot', () => {
    const url = 'https://news.example.org/world/2025/harbour-cranes-return'
    const lines = expectFaithful(`See ${url} for more`, 20)
    expect(lines[0]?.text).toBe('See')
    expect(lines[1]?.text).toBe('https://news.')
    expect(lines.every((line) => monospace(line.text) <= 200)).toBe(true)
  })

  it('cuts a word with no soft break points between characters, filling whole lines', () => {
    const lines = expectFaithful('x'.repeat(45), 20)
    expect(lines.map((line) => line.text.length)).toEqual([20, 20, 5])
  })

  it('makes progress even when a single character is wider than the column', () => {
    expect(texts('abc', 0.5)).toEqual(['a', 'b', 'c'])
  })

  it('breaks after a hyphen between letters and after dashes', () => {
    expect(texts('a well-known thing', 11)).toEqual(['a well-', 'known thing'])
    expect(texts('wait—then go', 6)).toEqual(['wait—', 'then', 'go'])
  })

  it('never cuts inside a surrogate pair or before a combining mark', () => {
    const word = `${'e\u0301'.repeat(6)}😀😀😀`
    const lines = expectFaithful(word, 4)
    for (const line of lines) {
      expect(line.text.charCodeAt(0)).not.toBe(0x0301)
      expect(line.text).not.toMatch(/^[\udc00-\udfff]/)
    }
  })

  it('keeps emoji joined with ZWJ together', () => {
    const family = '👩\u200d👩\u200d👧'
    expect(clusterStarts(`a${family}b`)).toEqual([0, 1, 1 + family.length])
  })

  it('breaks Chinese between characters and never starts a line with closing punctuation', () => {
    const paragraph = '今天上午，港口的起重机重新开始工作。居民们说，这是四十年来第一次。'
    const lines = expectFaithful(paragraph, 12) // 6 ideographs per line
    expect(lines.length).toBeGreaterThan(3)
    for (const line of lines) {
      expect(line.text).not.toMatch(/^[，。、」）]/)
      expect(monospace(line.text)).toBeLessThanOrEqual(120)
    }
    // Four ideographs wide: 午 would end line 1, but then the comma would start line 2, so 午 goes over too.
    const narrow = expectFaithful(paragraph, 8)
    expect(narrow[0]?.text).toBe('今天上')
    expect(narrow[1]?.text.startsWith('午，')).toBe(true)
  })

  it('breaks Japanese with kana and keeps opening brackets with what follows', () => {
    const lines = expectFaithful('彼は「ありがとう」と言った。それから駅へ向かった。', 10)
    for (const line of lines) {
      expect(line.text).not.toMatch(/「$/)
      expect(line.text).not.toMatch(/^[」。]/)
    }
  })

  it('breaks mixed Latin and CJK text at both kinds of opportunity', () => {
    const lines = expectFaithful('The 新闻 app shows 长篇报道 on TV', 10)
    expect(lines.length).toBeGreaterThan(2)
  })

  it('breaks Arabic at spaces, keeping words whole', () => {
    const paragraph = 'عادت الرافعات إلى الميناء القديم بعد أربعين عاما من الصمت'
    const lines = expectFaithful(paragraph, 20)
    const words = new Set(paragraph.split(' '))
    for (const line of lines) for (const word of line.text.split(' ')) expect(words.has(word)).toBe(true)
  })

  it('measures each distinct piece once, so long paragraphs stay cheap', () => {
    const { measure, calls } = countingMeasure()
    const paragraph = Array.from({ length: 400 }, (_, i) => `word${i % 20}`).join(' ')
    wrapParagraph(paragraph, 300, measure)
    expect(calls()).toBeLessThan(100)
  })
})

describe('isRtl', () => {
  it('follows the first strong character', () => {
    expect(isRtl('عادت الرافعات')).toBe(true)
    expect(isRtl('«2025» שלום')).toBe(true)
    expect(isRtl('2025: Cranes return, عادت')).toBe(false)
    expect(isRtl('今天')).toBe(false)
    expect(isRtl('Ελλάδα')).toBe(false)
    expect(isRtl('')).toBe(false)
  })
})

describe('wrapTokens (break opportunities for Lightning’s own wrapper)', () => {
  const cases = [
    'Hello world',
    '  two  spaces ',
    'well-known fact',
    '城市开放两百个冬季避寒床位。并延长',
    'Supercalifragilistic'.repeat(15),
    `caf${'e\u0301'.repeat(30)}`,
    '👩\u200d👩\u200d👧 family',
  ]

  it.each(cases)('gives the text back when joined: %s', (text) => {
    expect(wrapTokens(text).join('')).toBe(text)
  })

  it('keeps words whole and spaces as their own tokens', () => {
    expect(wrapTokens('Harbour bridge reopens')).toEqual(['Harbour', ' ', 'bridge', ' ', 'reopens'])
    expect(wrapTokens('well-known')).toEqual(['well-', 'known'])
  })

  it('breaks between ideographs, never before closing punctuation', () => {
    expect(wrapTokens('大桥开放。')).toEqual(['大', '桥', '开', '放。'])
  })

  it('offers breaks inside a word too long for a line, never inside a character', () => {
    const word = 'Supercalifragilistic'.repeat(15)
    const tokens = wrapTokens(word)
    expect(tokens.length).toBe(30)
    expect(tokens.every((token) => token.length === 10)).toBe(true)
    const marks = `caf${'e\u0301'.repeat(30)}`
    for (const token of wrapTokens(marks)) expect(token.codePointAt(0)).not.toBe(0x0301)
    expect(wrapTokens('An ordinary twenty-character word: internationalisation')).toContain(
      'internationalisation',
    )
  })
})
