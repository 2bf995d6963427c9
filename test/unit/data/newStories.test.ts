import { describe, expect, it } from 'vitest'
import type { Section, Story } from '../../../src/data/model'
import {
  emptyNewStories,
  KNOWN_PER_SECTION,
  MAX_UNSEEN,
  markSeen,
  observeSections,
  parseNewStories,
  storyKey,
} from '../../../src/data/newStories'
import { createNewStoriesService, NEW_STORIES_KEY } from '../../../src/data/newStoriesService'
import { memoryStore } from '../../../src/data/storage'
import { countingStore } from '../../countingStore'

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, n) => `${prefix}-${n}`)

function section(id: string, storyIds: readonly string[]): Section {
  const stories: Story[] = storyIds.map((storyId) => ({
    id: storyId,
    sectionId: id,
    title: storyId,
    summary: '',
    body: [],
    source: 'Test',
  }))
  return { id, title: id, stories, fetchedAt: 1 }
}

describe('new stories: what counts as new', () => {
  it('takes a section met for the first time as it is, then calls what was not there before new', () => {
    const first = observeSections(emptyNewStories(), [{ id: 'world', storyIds: ['a', 'b', 'c'] }])
    expect(first.arrived).toEqual([])
    const second = observeSections(first.state, [{ id: 'world', storyIds: ['d', 'e', 'a', 'b'] }])
    expect(second.arrived).toEqual(['d', 'e'])
    expect(second.state.unseen).toEqual(['d', 'e'])
    // The same stories again (a cache reload, a refresh with nothing new): nothing arrives, nothing changes.
    const again = observeSections(second.state, [{ id: 'world', storyIds: ['d', 'e', 'a', 'b'] }])
    expect(again.arrived).toEqual([])
    expect(again.changed).toBe(false)
    expect(again.state).toBe(second.state)
  })

  it('keeps sections apart: a section added later announces nothing, an old story that comes back is not new', () => {
    let state = observeSections(emptyNewStories(), [{ id: 'world', storyIds: ['a', 'b'] }]).state
    const added = observeSections(state, [
      { id: 'world', storyIds: ['a', 'b'] },
      { id: 'sport', storyIds: ['s1', 's2'] },
    ])
    expect(added.arrived).toEqual([])
    state = observeSections(added.state, [{ id: 'world', storyIds: ['b'] }]).state
    expect(observeSections(state, [{ id: 'world', storyIds: ['a', 'b'] }]).arrived).toEqual([])
  })

  it('ignores a section with no stories (a failed fetch) rather than forgetting it', () => {
    const state = observeSections(emptyNewStories(), [{ id: 'world', storyIds: ['a'] }]).state
    const failed = observeSections(state, [{ id: 'world', storyIds: [] }])
    expect(failed.changed).toBe(false)
    expect(observeSections(failed.state, [{ id: 'world', storyIds: ['n', 'a'] }]).arrived).toEqual(['n'])
  })

  it('stops calling a story new once seen', () => {
    const state = observeSections(observeSections(emptyNewStories(), [{ id: 'w', storyIds: ['a'] }]).state, [
      { id: 'w', storyIds: ['b', 'c', 'a'] },
    ]).state
    const seen = markSeen(state, ['b'])
    expect(seen.unseen).toEqual(['c'])
    expect(markSeen(seen, ['zzz'])).toBe(seen)
  })

  it('caps what it keeps per section and the unseen list', () => {
    let state = observeSections(emptyNewStories(), [{ id: 'w', storyIds: ['old'] }]).state
    for (let round = 0; round < 4; round++) {
      state = observeSections(state, [{ id: 'w', storyIds: ids(`r${round}`, 120) }]).state
    }
    expect(state.known.w).toHaveLength(KNOWN_PER_SECTION)
    expect(state.known.w?.[0]).toBe('r3-0')
    expect(state.unseen).toHaveLength(MAX_UNSEEN)
    expect(state.unseen[0]).toBe('r3-0')
  })

  it('keys are short and stable, whatever the id', () => {
    const long = `https://example.com/${'x'.repeat(500)}`
    expect(storyKey(long)).toBe(storyKey(long))
    expect(storyKey(long).length).toBeLessThanOrEqual(7)
    expect(storyKey('a')).not.toBe(storyKey('b'))
  })
})

describe('new stories: storage', () => {
  it('drops a damaged or unknown stored copy with the reason, and reads a good one back', () => {
    expect(parseNewStories(null)).toEqual({ state: emptyNewStories() })
    expect(parseNewStories('x').problem).toBe('not an object')
    expect(parseNewStories({ version: 9 }).problem).toBe('unknown version 9')
    expect(parseNewStories({ version: 1, known: { w: [1] }, unseen: [] }).problem).toBe('damaged story lists')
    const good = { version: 1 as const, known: { w: ['a'] }, unseen: ['a'] }
    expect(parseNewStories(good)).toEqual({ state: good })
  })

  it('survives a restart: what came in stays new, and the count starts from the first fetch after it', () => {
    const storage = memoryStore()
    const warnings: string[] = []
    const first = createNewStoriesService(storage, (message) => warnings.push(message))
    first.observe({ sections: [section('w', ['a', 'b'])] })
    first.observe({ sections: [section('w', ['c', 'a', 'b'])] })
    expect(first.isNew('c')).toBe(true)
    expect(first.pending([section('w', ['c', 'a', 'b'])])).toEqual(['c'])

    const restarted = createNewStoriesService(storage, (message) => warnings.push(message))
    expect(restarted.isNew('c')).toBe(true)
    // The cache shows what was there before the restart: nothing is pending.
    restarted.observe({ sections: [section('w', ['c', 'a', 'b'])] })
    expect(restarted.pending([section('w', ['c', 'a', 'b'])])).toEqual([])
    restarted.observe({ sections: [section('w', ['d', 'e', 'c', 'a'])] })
    expect(restarted.pending([section('w', ['d', 'e', 'c', 'a'])])).toEqual(['d', 'e'])
    expect(warnings).toEqual([])
  })

  it('tells listeners when stories arrive, are seen or acknowledged; seen stories stop being new', () => {
    const service = createNewStoriesService(memoryStore(), () => {})
    let calls = 0
    service.subscribe(() => calls++)
    service.observe({ sections: [section('w', ['a'])] })
    expect(calls).toBe(0)
    service.observe({ sections: [section('w', ['b', 'c', 'a'])] })
    expect(calls).toBe(1)
    service.seen('b')
    expect(calls).toBe(2)
    expect(service.isNew('b')).toBe(false)
    expect(service.pending([section('w', ['b', 'c', 'a'])])).toEqual(['c'])
    service.acknowledge()
    expect(calls).toBe(3)
    expect(service.pending([section('w', ['b', 'c', 'a'])])).toEqual([])
    // Acknowledged is not seen: the tile keeps its mark until the viewer gets to it.
    expect(service.isNew('c')).toBe(true)
  })

  it('drops a corrupt stored copy with a warning and starts afresh', () => {
    const storage = memoryStore({ [NEW_STORIES_KEY]: { version: 1, known: 'nope', unseen: [] } })
    const warnings: string[] = []
    const service = createNewStoriesService(storage, (message) => warnings.push(message))
    expect(service.isNew('a')).toBe(false)
    expect(warnings).toEqual(['new stories: no known stories: discarded'])
    expect(storage.get(NEW_STORIES_KEY)).toBeNull()
  })

  describe('what it keeps in memory', () => {
    /** A Storage that counts reads of the new-stories key and can refuse writes. */
    const counted = (accept = true) => countingStore(NEW_STORIES_KEY, memoryStore(), accept)

    it('reads the known stories back from Storage when it observes, and only then', () => {
      const { storage, base, calls } = counted()
      const service = createNewStoriesService(storage, () => {})
      service.observe({ sections: [section('w', ['a', 'b'])] })
      service.observe({ sections: [section('w', ['c', 'a', 'b'])] })
      const reads = calls.reads
      for (let i = 0; i < 50; i++) service.isNew(i % 2 ? 'c' : 'a')
      service.seen('a')
      expect(calls.reads).toBe(reads)
      expect(service.isNew('c')).toBe(true)
      // Storage is where the known stories are: what it says is what the next observation compares with.
      base.set(NEW_STORIES_KEY, { version: 1, known: { w: [storyKey('x')] }, unseen: [] })
      service.observe({ sections: [section('w', ['y', 'x'])] })
      expect(service.isNew('y')).toBe(true)
      expect(service.isNew('c')).toBe(false)
    })

    it('keeps everything in memory while Storage would not take it, and still finds what is new', () => {
      const { storage } = counted(false)
      const warnings: string[] = []
      const service = createNewStoriesService(storage, (message) => warnings.push(message))
      service.observe({ sections: [section('w', ['a'])] })
      service.observe({ sections: [section('w', ['b', 'a'])] })
      expect(service.isNew('b')).toBe(true)
      expect(service.pending([section('w', ['b', 'a'])])).toEqual(['b'])
      expect(warnings[0]).toMatch(/would not take/)
    })
  })
})
