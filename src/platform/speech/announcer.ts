import type { SpeechBackend } from './backend'

/** Timers injected so the settle rule is tested without waiting. */
export interface Timers {
  set(run: () => void, ms: number): number
  clear(handle: number): void
}

export interface Announcer {
  /**
   * Says `text` once focus has settled: a new phrase cancels the one being spoken and one still waiting, so
   * rapid keys speak only where focus ends up. An empty text only silences.
   */
  say(text: string): void
  stop(): void
}

export interface AnnouncerSetup {
  backend: SpeechBackend
  /** Read at each phrase: a rate changed in Settings applies to the next one. */
  rate(): number
  /** How long focus must stay put before its phrase starts (a burst of keys says only the last). */
  settleMs: number
  timers: Timers
  /** Every phrase as it is handed to the backend (the emulator's panel, the log). */
  onSpoken?(text: string): void
  /** A speech failure is logged, never thrown: navigation carries on whatever the speech engine does. */
  warn(message: string): void
}

export function createAnnouncer(setup: AnnouncerSetup): Announcer {
  let pending: number | undefined
  const { backend, timers } = setup

  const silence = () => {
    if (pending !== undefined) timers.clear(pending)
    pending = undefined
    try {
      backend.cancel()
    } catch (error) {
      setup.warn(`${backend.name} could not stop speaking (${String(error)})`)
    }
  }

  const speakNow = (text: string) => {
    pending = undefined
    try {
      backend.speak(text, {
        rate: setup.rate(),
        onError: (error) => setup.warn(`${backend.name} could not say "${text}" (${String(error)})`),
      })
    } catch (error) {
      setup.warn(`${backend.name} could not say "${text}" (${String(error)})`)
    }
    setup.onSpoken?.(text)
  }

  return {
    say(text) {
      silence()
      if (text.trim() === '') return
      pending = timers.set(() => speakNow(text), setup.settleMs)
    },
    stop: silence,
  }
}
