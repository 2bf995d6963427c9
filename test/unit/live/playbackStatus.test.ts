import { describe, expect, it } from 'vitest'
import { sectionStories } from '../../../src/data/headlines'
import type { SectionState } from '../../../src/data/newsStore'
import { english } from '../../../src/i18n/english'
import { liveWords } from '../../../src/pages/live/liveWords'
import { topHeadlines } from '../../../src/pages/live/logic/headlines'
import {
  describeStatus,
  type FailureReason,
  needsViewer,
  type PlaybackStatus,
} from '../../../src/pages/live/logic/playbackStatus'
import { liveTuning } from '../../../src/pages/live/logic/tuning'

describe('describeStatus', () => {
  it('has words for every state that is not moving pictures', () => {
    const states: PlaybackStatus[] = [
      { kind: 'connecting' },
      { kind: 'buffering' },
      { kind: 'paused' },
      { kind: 'reconnecting', attempt: 2, of: 5, reason: 'stalled' },
      { kind: 'ended' },
      ...(['unreachable', 'not-found', 'stalled', 'media', 'unsupported'] as FailureReason[]).map(
        (reason): PlaybackStatus => ({ kind: 'failed', reason }),
      ),
    ]
    for (const status of states)
      expect(describeStatus(status, 'News 24', liveWords(english)).headline).not.toBe('')
  })

  it('names the channel while connecting and counts reconnect attempts', () => {
    expect(describeStatus({ kind: 'connecting' }, 'News 24', liveWords(english)).headline).toBe(
      'Connecting to News 24…',
    )
    const text = describeStatus(
      { kind: 'reconnecting', attempt: 2, of: 5, reason: 'unreachable' },
      'x',
      liveWords(english),
    )
    expect(text.headline).toBe('Reconnecting…')
    expect(text.detail).toContain('Attempt 2 of 5')
    expect(text.detail).toContain('can’t be reached')
  })

  it('says nothing over moving pictures, except that the sound is off', () => {
    expect(describeStatus({ kind: 'playing', muted: false }, 'x', liveWords(english))).toEqual({
      headline: '',
      detail: '',
    })
    expect(describeStatus({ kind: 'playing', muted: true }, 'x', liveWords(english)).detail).toContain(
      'Sound is off',
    )
  })

  it('asks the viewer only when nothing more will happen by itself', () => {
    expect(needsViewer({ kind: 'failed', reason: 'stalled' })).toBe(true)
    expect(needsViewer({ kind: 'ended' })).toBe(true)
    expect(needsViewer({ kind: 'reconnecting', attempt: 1, of: 2, reason: 'stalled' })).toBe(false)
    expect(needsViewer({ kind: 'buffering' })).toBe(false)
  })
})

describe('topHeadlines', () => {
  const section = (id: string, titles: string[]): SectionState => ({
    id,
    title: id,
    fetchedAt: 1,
    status: titles.length ? 'ready' : 'loading',
    refreshing: false,
    stories: sectionStories(
      titles.map((title, index) => ({
        id: `${id}-${index}`,
        sectionId: id,
        title,
        summary: '',
        body: [],
        source: 'test',
      })),
    ),
  })

  it('takes the first titles of the first section that has stories, without duplicates', () => {
    const snapshot = {
      updatedAt: 1,
      sections: [section('top', []), section('world', ['A', ' A ', 'B', 'C', 'D']), section('tech', ['E'])],
    }
    expect(topHeadlines(snapshot)).toEqual(['A', 'B', 'C'])
    expect(topHeadlines(snapshot, 2)).toEqual(['A', 'B'])
  })

  it('is empty while nothing has loaded', () => {
    expect(topHeadlines({ updatedAt: 0, sections: [section('top', [])] })).toEqual([])
  })
})

describe('liveTuning', () => {
  it('uses defaults, and settings.json overrides', () => {
    const plain = liveTuning({ title: 'x', url: 'y' })
    expect(plain.stallMs).toBe(10_000)
    expect(plain.backoff.attempts).toBe(5)
    const tuned = liveTuning({
      title: 'x',
      url: 'y',
      stallSeconds: 3,
      reconnectAttempts: 2,
      reconnectDelaySeconds: 0.5,
    })
    expect(tuned).toMatchObject({ stallMs: 3000, backoff: { attempts: 2, baseMs: 500 } })
  })
})
