import { describe, expect, it, vi } from 'vitest'
import type { SpeakOptions, SpeechBackend } from '../../../src/platform/speech/backend'
import { createReadAloud, type ReadAloudState } from '../../../src/platform/speech/readAloud'

/** A backend the test finishes utterances on by hand. */
function manualBackend() {
  const said: { text: string; options: SpeakOptions }[] = []
  const backend: SpeechBackend = {
    name: 'manual',
    reportsEnd: true,
    speak: (text, options) => void said.push({ text, options }),
    cancel: vi.fn(),
  }
  const finishLast = () => said.at(-1)?.options.onEnd?.()
  return { backend, said, finishLast }
}

const PAGES = [['p1 a', 'p1 b'], ['p2 a'], ['p3 a']]

function setup() {
  const { backend, said, finishLast } = manualBackend()
  const pages: number[] = []
  const states: ReadAloudState[] = []
  const warn = vi.fn()
  const reader = createReadAloud({
    backend,
    rate: () => 1,
    onPage: (index) => pages.push(index),
    onState: (state) => states.push(state),
    warn,
  })
  return { reader, said, finishLast, pages, states, warn, backend }
}

describe('read aloud', () => {
  it('reads from the current page on, turning pages as it goes, then stops', () => {
    const { reader, said, finishLast, pages, states } = setup()
    reader.start(PAGES, 1)
    expect(said.map((s) => s.text)).toEqual(['p2 a'])
    finishLast()
    expect(pages).toEqual([2])
    expect(said.map((s) => s.text)).toEqual(['p2 a', 'p3 a'])
    finishLast()
    expect(states).toEqual(['reading', 'idle'])
  })

  it('Play/Pause pauses and resumes from the paragraph it was on', () => {
    const { reader, said, finishLast, states } = setup()
    reader.start(PAGES, 0)
    finishLast()
    expect(said.at(-1)?.text).toBe('p1 b')
    reader.toggle()
    expect(reader.state).toBe('paused')
    // The cut-off utterance's late "end" must not move reading on.
    finishLast()
    expect(said).toHaveLength(2)
    reader.toggle()
    expect(said.at(-1)?.text).toBe('p1 b')
    expect(states).toEqual(['reading', 'paused', 'reading'])
  })

  it('stop silences and forgets; a late end changes nothing', () => {
    const { reader, said, finishLast, backend } = setup()
    reader.start(PAGES, 0)
    reader.stop()
    expect(backend.cancel).toHaveBeenCalled()
    finishLast()
    expect(said).toHaveLength(1)
    expect(reader.state).toBe('idle')
  })

  it('a speech error stops reading and is logged', () => {
    const { reader, said, warn } = setup()
    reader.start(PAGES, 0)
    said[0]?.options.onError?.('synthesis-failed')
    expect(reader.state).toBe('idle')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('synthesis-failed'))
  })
})
