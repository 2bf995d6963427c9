import { describe, expect, it } from 'vitest'
import {
  applySectionPreferences,
  defaultPreferences,
  moveSection,
  normalizePreferences,
  toggleSection,
  toStored,
} from '../../../src/data/preferences'

const IDS = ['top', 'world', 'business']
const ids = (prefs: { sections: readonly { id: string }[] }) => prefs.sections.map((section) => section.id)

describe('normalizePreferences', () => {
  it('gives the defaults for nothing stored or garbage', () => {
    for (const raw of [null, undefined, 'M', 42, [], { sections: 'top' }]) {
      expect(normalizePreferences(raw, IDS)).toEqual(defaultPreferences(IDS))
    }
    expect(defaultPreferences(IDS).textSize).toBe('M')
  })

  it('keeps the stored order and visibility of known sections, appends new ones, drops gone or repeated ones', () => {
    const stored = {
      textSize: 'L',
      sections: [
        { id: 'business', visible: false },
        { id: 'gone', visible: true },
        { id: 'top', visible: true },
        { id: 'business', visible: true },
        'junk',
      ],
    }
    const prefs = normalizePreferences(stored, IDS)
    expect(prefs.textSize).toBe('L')
    expect(prefs.sections).toEqual([
      { id: 'business', visible: false },
      { id: 'top', visible: true },
      { id: 'world', visible: true },
    ])
  })

  it('shows everything again rather than an empty Home', () => {
    const prefs = normalizePreferences({ sections: IDS.map((id) => ({ id, visible: false })) }, IDS)
    expect(prefs.sections.every((section) => section.visible)).toBe(true)
  })

  it('falls back to M for an unknown text size', () => {
    expect(normalizePreferences({ textSize: 'XL' }, IDS).textSize).toBe('M')
  })

  it('round-trips through what is stored', () => {
    const prefs = moveSection(toggleSection({ ...defaultPreferences(IDS), textSize: 'S' }, 'world'), 'top', 1)
    const stored = JSON.parse(JSON.stringify(toStored(prefs)))
    expect(stored.version).toBe(1)
    expect(normalizePreferences(stored, IDS)).toEqual(prefs)
  })
})

describe('changing preferences', () => {
  it('toggles a section, but never hides the last visible one', () => {
    let prefs = defaultPreferences(IDS)
    prefs = toggleSection(prefs, 'top')
    prefs = toggleSection(prefs, 'world')
    expect(prefs.sections.filter((section) => section.visible).map((section) => section.id)).toEqual([
      'business',
    ])
    expect(toggleSection(prefs, 'business')).toBe(prefs)
    expect(toggleSection(prefs, 'top').sections[0]).toEqual({ id: 'top', visible: true })
    expect(toggleSection(prefs, 'nope')).toBe(prefs)
  })

  it('moves a section one place and stops at the ends', () => {
    const prefs = defaultPreferences(IDS)
    expect(ids(moveSection(prefs, 'business', -1))).toEqual(['top', 'business', 'world'])
    expect(ids(moveSection(prefs, 'top', 1))).toEqual(['world', 'top', 'business'])
    expect(moveSection(prefs, 'top', -1)).toBe(prefs)
    expect(moveSection(prefs, 'business', 1)).toBe(prefs)
  })
})

describe('applySectionPreferences', () => {
  const sections = IDS.map((id) => ({ id, title: id.toUpperCase() }))

  it('returns the visible sections in the viewer’s order', () => {
    const prefs = toggleSection(moveSection(defaultPreferences(IDS), 'business', -1), 'top')
    expect(applySectionPreferences(sections, prefs).map((section) => section.id)).toEqual([
      'business',
      'world',
    ])
  })

  it('keeps sections the preferences do not know yet, after the known ones', () => {
    const prefs = moveSection(defaultPreferences(['top', 'world']), 'world', -1)
    const withNew = [{ id: 'new', title: 'New' }, ...sections]
    expect(applySectionPreferences(withNew, prefs).map((section) => section.id)).toEqual([
      'world',
      'top',
      'new',
      'business',
    ])
  })
})

describe('preferences: breaking-news banners', () => {
  it('are on by default and when a stored copy predates the choice, and off only when turned off', () => {
    expect(normalizePreferences(undefined, ['a']).breakingBanners).toBe(true)
    expect(normalizePreferences({ textSize: 'L', sections: [] }, ['a']).breakingBanners).toBe(true)
    const off = normalizePreferences({ textSize: 'L', breakingBanners: false }, ['a'])
    expect(off.breakingBanners).toBe(false)
    expect(toStored(off).breakingBanners).toBe(false)
  })
})
