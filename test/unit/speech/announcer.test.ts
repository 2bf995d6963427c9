import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { english } from '../../../src/i18n/english'
import { speechWordsOf } from '../../../src/i18n/speechWords'
import { createAnnouncer } from '../../../src/platform/speech/announcer'
import type { SpeakOptions, SpeechBackend } from '../../../src/platform/speech/backend'
import { createFocusSpeech } from '../../../src/platform/speech/focusSpeech'
import type { Speakable } from '../../../src/ui/speech/speakable'

const englishSpeechWords = speechWordsOf(english)

/** A backend that records what it was asked to say and how often it was silenced. */
function fakeBackend(fail?: unknown) {
  const said: { text: string; options: SpeakOptions }[] = []
  const cancel = vi.fn()
  const backend: SpeechBackend = {
    name: 'fake',
    reportsEnd: true,
    speak(text, options) {
      if (fail !== undefined) throw fail
      said.push({ text, options })
    },
    cancel,
  }
  return { backend, said, cancel }
}

const timers = {
  set: (run: () => void, ms: number) => setTimeout(run, ms) as unknown as number,
  clear: (handle: number) => clearTimeout(handle),
}

/** A stand-in for a Lightning component: anything with `speech()`. */
const element = (item: Speakable | undefined) => ({ item, speech: () => item })

describe('announcer: a new phrase cancels the old one', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('rapid phrases speak only the last, once focus has settled', () => {
    const { backend, said, cancel } = fakeBackend()
    const announcer = createAnnouncer({ backend, rate: () => 1.25, settleMs: 150, timers, warn: vi.fn() })
    for (const text of ['one', 'two', 'three', 'four']) {
      announcer.say(text)
      vi.advanceTimersByTime(50)
    }
    vi.advanceTimersByTime(150)
    expect(said.map((s) => s.text)).toEqual(['four'])
    expect(said[0]?.options.rate).toBe(1.25)
    // Every new phrase silenced what came before it.
    expect(cancel).toHaveBeenCalledTimes(4)
  })

  it('a phrase already being spoken is cut off by the next one', () => {
    const { backend, said, cancel } = fakeBackend()
    const announcer = createAnnouncer({ backend, rate: () => 1, settleMs: 150, timers, warn: vi.fn() })
    announcer.say('first')
    vi.advanceTimersByTime(200)
    cancel.mockClear()
    announcer.say('second')
    expect(cancel).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(200)
    expect(said.map((s) => s.text)).toEqual(['first', 'second'])
  })

  it('a backend that throws is logged, never thrown at the caller', () => {
    const { backend } = fakeBackend(new Error('no voices'))
    const warn = vi.fn()
    const onSpoken = vi.fn()
    const announcer = createAnnouncer({ backend, rate: () => 1, settleMs: 10, timers, warn, onSpoken })
    expect(() => {
      announcer.say('hello')
      vi.advanceTimersByTime(20)
    }).not.toThrow()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no voices'))
  })

  it('reports each phrase handed to the backend (the emulator panel)', () => {
    const { backend } = fakeBackend()
    const onSpoken = vi.fn()
    const announcer = createAnnouncer({
      backend,
      rate: () => 1,
      settleMs: 10,
      timers,
      warn: vi.fn(),
      onSpoken,
    })
    announcer.say('a')
    announcer.say('b')
    vi.advanceTimersByTime(20)
    expect(onSpoken.mock.calls).toEqual([['b']])
  })
})

describe('focus speech: what changed on the focus path', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const setup = () => {
    const { backend, said, cancel } = fakeBackend()
    const announcer = createAnnouncer({ backend, rate: () => 1, settleMs: 100, timers, warn: vi.fn() })
    const focus = createFocusSpeech(
      announcer,
      () => englishSpeechWords,
      () => 0,
    )
    const spoken = () => {
      vi.advanceTimersByTime(150)
      return said.map((s) => s.text)
    }
    return { focus, spoken, cancel }
  }

  it('entering a row says its title then the tile; moving along it says only the tile', () => {
    const { focus, spoken } = setup()
    const app = {}
    const row = element({ kind: 'row', title: 'World' })
    const tile1 = element({ kind: 'tile', headline: 'One', position: 1, total: 2 })
    const tile2 = element({ kind: 'tile', headline: 'Two', position: 2, total: 2 })
    focus.focusChanged([app, row, {}, tile1])
    expect(spoken()).toEqual(['World. One, 1 of 2.'])
    focus.focusChanged([app, row, {}, tile2])
    expect(spoken()).toEqual(['World. One, 1 of 2.', 'Two, 2 of 2.'])
  })

  it('the same path again says nothing; a changed fact (a page turned) is said again', () => {
    const { focus, spoken } = setup()
    let page = 1
    const reader = { speech: (): Speakable => ({ kind: 'reader', headline: 'Storm', page, pages: 3 }) }
    const body = {}
    focus.focusChanged([reader, body])
    focus.focusChanged([reader, body])
    expect(spoken()).toEqual(['Storm, page 1 of 3.'])
    page = 2
    focus.focusChanged([reader, body])
    expect(spoken()).toEqual(['Storm, page 1 of 3.', 'Storm, page 2 of 3.'])
  })

  it('rapid focus changes speak only where focus settles', () => {
    const { focus, spoken } = setup()
    const row = element({ kind: 'row', title: 'World' })
    for (let i = 1; i <= 6; i++) {
      focus.focusChanged([row, element({ kind: 'tile', headline: `Tile ${i}`, position: i, total: 6 })])
      vi.advanceTimersByTime(30)
    }
    expect(spoken()).toEqual(['Tile 6, 6 of 6.'])
  })

  it('moving to something silent cuts off the old phrase', () => {
    const { focus, cancel } = setup()
    focus.focusChanged([element({ kind: 'button', label: 'Retry' })])
    vi.advanceTimersByTime(150)
    cancel.mockClear()
    focus.focusChanged([{}])
    expect(cancel).toHaveBeenCalled()
  })

  it('after reset the whole path is said again', () => {
    const { focus, spoken } = setup()
    const path = [element({ kind: 'button', label: 'Settings' })]
    focus.focusChanged(path)
    vi.advanceTimersByTime(150)
    focus.reset()
    focus.focusChanged(path)
    expect(spoken()).toEqual(['Settings, button.', 'Settings, button.'])
  })
})
