import { describe, expect, it } from 'vitest'
import { TitleColumn } from '../../../src/data/titleColumn'

const all = (titles: string[]) => {
  const column = new TitleColumn(titles)
  return titles.map((_, index) => column.at(index))
}

describe('TitleColumn', () => {
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
  })

  it('keeps a section with a title longer than a packed length can say as separate strings', () => {
    const titles = ['Short', 'y'.repeat(600), 'Another']
    expect(all(titles)).toEqual(titles)
  })

  it('has nothing past its end', () => {
    expect(new TitleColumn(['One']).at(1)).toBeUndefined()
    expect(new TitleColumn([]).at(0)).toBeUndefined()
    expect(new TitleColumn(['z'.repeat(600)]).at(1)).toBeUndefined()
  })
})
