import { describe, expect, it } from 'vitest'
import type { Catalogue, Plural } from '../../../src/i18n/catalogue'
import { intlSupport } from '../../../src/i18n/intlSupport'
import { LANGUAGES, loadCatalogue } from '../../../src/i18n/languages'
import { createLocale } from '../../../src/i18n/locale'

/** Every leaf of a catalogue as `group.key` → its value, so two catalogues can be compared key by key. */
function leaves(catalogue: Catalogue): Map<string, unknown> {
  const found = new Map<string, unknown>()
  for (const [group, keys] of Object.entries(catalogue)) {
    for (const [key, value] of Object.entries(keys)) found.set(`${group}.${key}`, value)
  }
  return found
}

const isPlural = (value: unknown): value is Plural =>
  typeof value === 'object' && value !== null && 'plural' in value && value.plural === true

const intl = intlSupport(Intl)

describe('catalogues', async () => {
  const english = await loadCatalogue('en')
  const all = await Promise.all(
    LANGUAGES.map(async (language) => [language, await loadCatalogue(language)] as const),
  )

  it.each(all)('%s has every English key, of the same kind, and no extra one', (_language, catalogue) => {
    const reference = leaves(english)
    const translated = leaves(catalogue)
    expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort())
    for (const [key, value] of reference) {
      const other = translated.get(key)
      if (isPlural(value)) expect(isPlural(other), key).toBe(true)
      else expect(typeof other, key).toBe(typeof value)
      // A function keeps its parameters: a translation that drops the feed's name would lose information.
      if (typeof value === 'function' && typeof other === 'function')
        expect(other.length, key).toBe(value.length)
      if (typeof other === 'string') expect(other.trim(), key).not.toBe('')
    }
  })

  it.each(all)('%s has a phrase for every plural category its language uses', (language, catalogue) => {
    const locale = createLocale(language, catalogue, intl)
    const categories = new Intl.PluralRules(locale.tag).resolvedOptions().pluralCategories
    for (const [key, value] of leaves(catalogue)) {
      if (!isPlural(value)) continue
      for (const category of categories) {
        // `many` in French and Spanish is for millions (1 000 000 d’articles): `other` words it rightly.
        if (category === 'many' && language !== 'ar') continue
        expect(value[category], `${key}.${category}`).toBeTypeOf('function')
      }
    }
  })

  it('translates rather than copies: most of the Arabic, Spanish and French phrases differ from English', async () => {
    const reference = leaves(english)
    for (const language of ['ar', 'es', 'fr'] as const) {
      const translated = leaves(await loadCatalogue(language))
      const same = [...reference].filter(
        ([key, value]) => typeof value === 'string' && translated.get(key) === value,
      )
      // Only names and codes may stay the same (e.g. "Pages" in French); a dozen would be an untranslated group.
      expect(
        same.map(([key]) => key).length,
        `${language}: ${same.map(([key]) => key).join(', ')}`,
      ).toBeLessThan(4)
    }
  })
})
