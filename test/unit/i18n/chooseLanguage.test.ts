import { describe, expect, it } from 'vitest'
import { chooseLanguage } from '../../../src/i18n/chooseLanguage'
import { directionOf, languageFromTag } from '../../../src/i18n/languages'

function choose(sources: Parameters<typeof chooseLanguage>[0]) {
  const warnings: string[] = []
  return { language: chooseLanguage(sources, (message) => warnings.push(message)), warnings }
}

describe('chooseLanguage', () => {
  it('reads language tags by their primary subtag', () => {
    expect(languageFromTag('ar-EG')).toBe('ar')
    expect(languageFromTag('fr_CA')).toBe('fr')
    expect(languageFromTag('ES')).toBe('es')
    expect(languageFromTag('de')).toBeUndefined()
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('fr')).toBe('ltr')
  })

  it('puts the URL first, then the viewer’s choice, then the operator, then the device', () => {
    const all = { query: 'es', chosen: 'fr', operator: 'ar', device: ['en-US'] }
    expect(choose(all).language).toBe('es')
    expect(choose({ ...all, query: null }).language).toBe('fr')
    expect(choose({ ...all, query: null, chosen: undefined }).language).toBe('ar')
    expect(choose({ device: ['de-DE', 'fr-FR'] }).language).toBe('fr')
    expect(choose({}).language).toBe('en')
  })

  it('falls back to the operator’s default with a warning for a code it has no catalogue for', () => {
    const forced = choose({ query: 'xx', operator: 'fr' })
    expect(forced.language).toBe('fr')
    expect(forced.warnings).toEqual(['?lang "xx" has no catalogue: using fr'])
    const badOperator = choose({ operator: 'klingon' })
    expect(badOperator.language).toBe('en')
    expect(badOperator.warnings[0]).toContain('appSettings.language "klingon"')
  })
})
