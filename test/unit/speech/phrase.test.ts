import { describe, expect, it } from 'vitest'
import { english } from '../../../src/i18n/english'
import { speechWordsOf } from '../../../src/i18n/speechWords'
import { focusPhrase, itemPhrase } from '../../../src/ui/speech/phrase'
import type { Speakable } from '../../../src/ui/speech/speakable'
import type { SpeechWords } from '../../../src/ui/speech/words'

const words = speechWordsOf(english)

const NOW = Date.UTC(2026, 11, 4, 12)
const HOUR = 3_600_000

describe('itemPhrase: one phrase for every kind of focusable', () => {
  it('a tile: headline, its position and its age', () => {
    const tile: Speakable = {
      kind: 'tile',
      headline: 'Harbour reopens',
      position: 3,
      total: 20,
      publishedAt: NOW - 2 * HOUR,
    }
    expect(itemPhrase(tile, words, NOW)).toBe('Harbour reopens, 3 of 20, 2 hours ago')
  })

  it('a tile marked read or new says so after its headline (issue 16)', () => {
    const tile = { kind: 'tile', headline: 'Port', position: 2, total: 9 } as const
    expect(itemPhrase({ ...tile, mark: 'read' }, words, NOW)).toBe('Port, read, 2 of 9')
    expect(itemPhrase({ ...tile, mark: 'new' }, words, NOW)).toBe('Port, new, 2 of 9')
  })

  it('a tile without a date says no age, and a story "from the future" is just now', () => {
    expect(itemPhrase({ kind: 'tile', headline: 'A', position: 1, total: 1 }, words, NOW)).toBe('A, 1 of 1')
    expect(
      itemPhrase(
        { kind: 'tile', headline: 'B', position: 1, total: 2, publishedAt: NOW + 60_000 },
        words,
        NOW,
      ),
    ).toBe('B, 1 of 2, just now')
  })

  it('ages are spoken in full words, singular and plural', () => {
    expect(words.age(60_000)).toBe('1 minute ago')
    expect(words.age(5 * 60_000)).toBe('5 minutes ago')
    expect(words.age(HOUR)).toBe('1 hour ago')
    expect(words.age(3 * 24 * HOUR)).toBe('3 days ago')
  })

  it('a row says its title', () => {
    expect(itemPhrase({ kind: 'row', title: 'World' }, words, NOW)).toBe('World')
  })

  it('the hero says it is featured, its section and age', () => {
    expect(
      itemPhrase(
        { kind: 'hero', headline: 'Storm', section: 'Top Stories', publishedAt: NOW - 5 * 60_000 },
        words,
        NOW,
      ),
    ).toBe('Featured: Storm, Top Stories, 5 minutes ago')
  })

  it('the live tile says its title, and when it cannot play', () => {
    expect(itemPhrase({ kind: 'live', title: 'Lightwire 24', available: true }, words, NOW)).toBe(
      'Live channel: Lightwire 24',
    )
    expect(itemPhrase({ kind: 'live', title: 'Lightwire 24', available: false }, words, NOW)).toBe(
      'Live channel: Lightwire 24, not available right now',
    )
  })

  it('header entries and buttons say label and "button"; pills add their value and whether selected', () => {
    expect(itemPhrase({ kind: 'button', label: 'Settings' }, words, NOW)).toBe('Settings, button')
    expect(itemPhrase({ kind: 'button', label: 'World', value: 'Hidden' }, words, NOW)).toBe(
      'World, Hidden, button',
    )
    expect(itemPhrase({ kind: 'button', label: 'Large', selected: true }, words, NOW)).toBe(
      'Large, selected, button',
    )
  })

  it('toggles say their label and state', () => {
    expect(itemPhrase({ kind: 'toggle', label: 'Voice guidance', on: true }, words, NOW)).toBe(
      'Voice guidance, on, switch',
    )
    expect(itemPhrase({ kind: 'toggle', label: 'Captions', on: false }, words, NOW)).toBe(
      'Captions, off, switch',
    )
  })

  it('the reader says the headline and the page', () => {
    expect(itemPhrase({ kind: 'reader', headline: 'Storm', page: 2, pages: 5 }, words, NOW)).toBe(
      'Storm, page 2 of 5',
    )
  })

  it('a row error, a status and plain text are said as they are', () => {
    expect(itemPhrase({ kind: 'rowError', message: 'World could not be loaded.' }, words, NOW)).toBe(
      'World could not be loaded.',
    )
    expect(itemPhrase({ kind: 'status', text: 'Updated 3 min ago' }, words, NOW)).toBe('Updated 3 min ago')
    expect(itemPhrase({ kind: 'text', text: 'Loading' }, words, NOW)).toBe('Loading')
  })
})

describe('focusPhrase: what one focus change says', () => {
  it('entering a row says its title, then the tile', () => {
    const phrase = focusPhrase(
      [
        { kind: 'row', title: 'World' },
        { kind: 'tile', headline: 'Harbour reopens', position: 3, total: 20, publishedAt: NOW - 2 * HOUR },
      ],
      words,
      NOW,
    )
    expect(phrase).toBe('World. Harbour reopens, 3 of 20, 2 hours ago.')
  })

  it('the exit dialog says its question, then the focused answer', () => {
    expect(
      focusPhrase(
        [
          { kind: 'dialog', question: 'Exit Lightwire?' },
          { kind: 'button', label: 'Stay' },
        ],
        words,
        NOW,
      ),
    ).toBe('Exit Lightwire? Stay, button.')
  })

  it('a failing row: title, message, Retry', () => {
    expect(
      focusPhrase(
        [
          { kind: 'row', title: 'World' },
          { kind: 'rowError', message: 'World could not be loaded.' },
          { kind: 'button', label: 'Retry' },
        ],
        words,
        NOW,
      ),
    ).toBe('World. World could not be loaded. Retry, button.')
  })

  it('the "updated" status before the Settings entry', () => {
    expect(
      focusPhrase(
        [
          { kind: 'status', text: 'Updated just now' },
          { kind: 'button', label: 'Settings' },
        ],
        words,
        NOW,
      ),
    ).toBe('Updated just now. Settings, button.')
  })

  it('skips items that say nothing; nothing at all is an empty phrase', () => {
    expect(focusPhrase([{ kind: 'text', text: '  ' }], words, NOW)).toBe('')
    expect(focusPhrase([], words, NOW)).toBe('')
  })

  it('takes its words from the words object it is given (a translation changes no logic)', () => {
    const other: SpeechWords = {
      ...words,
      position: (i, n) => `${i} sur ${n}`,
      age: () => 'il y a 2 heures',
      page: (p, n) => `page ${p} sur ${n}`,
      button: 'bouton',
    }
    expect(
      itemPhrase(
        { kind: 'tile', headline: 'Port', position: 3, total: 20, publishedAt: NOW - 2 * HOUR },
        other,
        NOW,
      ),
    ).toBe('Port, 3 sur 20, il y a 2 heures')
    expect(itemPhrase({ kind: 'button', label: 'Réessayer' }, other, NOW)).toBe('Réessayer, bouton')
    expect(itemPhrase({ kind: 'reader', headline: 'Port', page: 1, pages: 3 }, other, NOW)).toBe(
      'Port, page 1 sur 3',
    )
  })
})
