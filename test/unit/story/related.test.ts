import { describe, expect, it } from 'vitest'
import { neighbours, relatedStories, titleWords } from '../../../src/data/related'
import { locate, section, snapshot, story } from './storyFixtures'

const world = section('world', [
  story('w0', 'world', 'Harbour cranes return to the old docks'),
  story('w1', 'world', 'Elections called for the autumn'),
  story('w2', 'world', 'Ferry timetable changes at the docks'),
  story('w3', 'world', 'Rain expected all week'),
])
const business = section('business', [
  story('b0', 'business', 'Crane makers see orders rise', 30),
  story('b1', 'business', 'Shipping rates fall', 20),
  story('b2', 'business', 'Old docks to become offices as cranes return', 10),
])
const news = snapshot(world, business)

describe('neighbours', () => {
  it('gives the previous and next story of the section, and nothing past the ends', () => {
    expect(neighbours(locate(news, 'w1'))).toEqual({
      previous: world.stories.at(0),
      next: world.stories.at(2),
    })
    expect(neighbours(locate(news, 'w0'))).toEqual({ next: world.stories.at(1) })
    expect(neighbours(locate(news, 'w3'))).toEqual({ previous: world.stories.at(2) })
    expect(neighbours(locate(news, 'w0')).next).toMatchObject({
      id: 'w1',
      title: 'Elections called for the autumn',
    })
  })
})

describe('titleWords', () => {
  it('keeps significant words, folded for comparison', () => {
    expect([...titleWords('The Harbour Cranes return to the old Docks!')]).toEqual([
      'harbour',
      'crane',
      'return',
      'old',
      'dock',
    ])
    expect(titleWords('Café prices')).toEqual(titleWords('CAFE PRICE'))
    expect(titleWords('In 2025 it is up to us').size).toBe(0)
  })
})

describe('relatedStories', () => {
  it('lists the same section first, most shared title words first, then in reading order', () => {
    const ids = relatedStories(news, locate(news, 'w0'), 10).map((s) => s.id)
    // w2 shares "docks"; w1 and w3 follow in order after w0; then business stories sharing words.
    expect(ids.slice(0, 3)).toEqual(['w2', 'w1', 'w3'])
  })

  it('then adds stories from other sections that share title words, most in common first', () => {
    const ids = relatedStories(news, locate(news, 'w0'), 10).map((s) => s.id)
    expect(ids.slice(3)).toEqual(['b2', 'b0'])
    expect(ids).not.toContain('b1')
  })

  it('puts the story after the current one before those already passed', () => {
    const ids = relatedStories(news, locate(news, 'w2'), 10).map((s) => s.id)
    // w0 shares "docks" so leads; then w3 (next after w2) before w1 (passed).
    expect(ids.slice(0, 3)).toEqual(['w0', 'w3', 'w1'])
  })

  it('never lists the current story or the same story twice, and respects the limit', () => {
    const dup = story('w0', 'business', 'Harbour cranes return to the old docks')
    const twice = snapshot(world, section('business', [dup, ...business.stories.whole]))
    const ids = relatedStories(twice, locate(twice, 'w1'), 10).map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).not.toContain('w1')
    expect(relatedStories(news, locate(news, 'w0'), 2)).toHaveLength(2)
  })

  it('is empty for a lone story with nothing in common elsewhere', () => {
    const lone = snapshot(section('solo', [story('s0', 'solo', 'Quiet day')]), business)
    expect(relatedStories(lone, locate(lone, 's0'))).toEqual([])
  })
})
