import { describe, expect, it } from 'vitest'
import { titleAt, titleColumn } from '../../../src/data/columns'

const all = (titles: string[]) => {
  const column = titleColumn(titles)
  return titles.map((_, index) => titleAt(column, index))
}

describe('titleColumn', () => {
  it('gives every title back as it was given, narrow and wide ones mixed', () => {
    const titles = [
      'Harbour cranes return to the old docks',
      'Council’s vote delayed', // a curly quote: a two-byte string
      '',
      'Café prices rise',
      'مجلس المدينة يوافق على خطة الميناء',
      'x'.repeat(300),
      'Last one',
    ]
    expect(all(titles)).toEqual(titles)
    // Narrow titles in one string, wide ones in the other.
    expect(titleColumn(['Ab', 'C’d', 'Ef'])).toMatchObject({ pools: ['AbEf', 'C’d'] })
  })

  it('keeps a section with a title longer than a packed length can say as separate strings', () => {
    const titles = ['Short', 'y'.repeat(600), 'Another']
    expect(all(titles)).toEqual(titles)
    expect(titleColumn(titles)).toEqual(titles)
  })

  it('has nothing past its end', () => {
    expect(titleAt(titleColumn(['One']), 1)).toBeUndefined()
    expect(titleAt(titleColumn([]), 0)).toBeUndefined()
    expect(titleAt(titleColumn(['z'.repeat(600)]), 1)).toBeUndefined()
  })
})
