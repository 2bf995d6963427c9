import { describe, expect, it } from 'vitest'
import type { Story } from '../../../src/data/model'
import { createStaticNewsStore } from '../../../src/data/staticNewsStore'

const story = (id: string): Story => ({
  id,
  sectionId: 'top',
  title: id,
  summary: '',
  body: [],
  source: 'Test',
})

describe('createStaticNewsStore (for screen tests)', () => {
  it('derives statuses like the real store, finds stories and notifies on update', () => {
    const store = createStaticNewsStore([
      { id: 'top', title: 'Top', stories: [story('top-1')], fetchedAt: 5 },
      { id: 'world', title: 'World', stories: [], fetchedAt: 0, error: { kind: 'network', message: 'x' } },
      { id: 'empty', title: 'Empty', stories: [], fetchedAt: 3 },
      { id: 'slow', title: 'Slow', stories: [], fetchedAt: 0, refreshing: true },
    ])
    expect(store.snapshot().sections.map((section) => section.status)).toEqual([
      'ready',
      'error',
      'empty',
      'loading',
    ])
    expect(store.snapshot().updatedAt).toBe(5)
    expect(store.findStory('top-1')).toMatchObject({ index: 0, section: { id: 'top' } })
    const seen: string[] = []
    store.subscribe((snapshot) => seen.push(snapshot.sections.map((s) => s.status).join()))
    store.update([{ id: 'top', title: 'Top', stories: [], fetchedAt: 9, status: 'loading' }])
    expect(seen).toEqual(['loading'])
    void store.refresh('world')
    expect(store.refreshed).toEqual(['world'])
  })
})
