import type { Tv } from './tv'

/**
 * A recording stand-in for the Web Speech API (headless Chromium has no voices): installed as an init script
 * before the app loads. Each `speechSynthesis.speak` is recorded in `window.__speech.spoken`; `cancel` is
 * counted. `window.__speech.mode` makes it misbehave on purpose:
 * - 'error': every utterance fails with a synthesis error event (as a TV without voices does);
 * - 'throw': `speak` itself throws;
 * - a number: each utterance "ends" after that many ms (read aloud turns pages on `end`).
 */
export const SPEECH_STUB = `(() => {
  const state = { spoken: [], cancels: 0, mode: 'silent' };
  class Utterance {
    constructor(text) { this.text = text; this.rate = 1; this.onend = null; this.onerror = null; }
  }
  const engine = {
    speaking: false,
    pending: false,
    paused: false,
    getVoices() { return []; },
    pause() {},
    resume() {},
    cancel() { state.cancels += 1; },
    speak(utterance) {
      if (state.mode === 'throw') throw new Error('speech engine exploded');
      state.spoken.push({ text: utterance.text, rate: utterance.rate, at: Date.now() });
      if (state.mode === 'error') {
        setTimeout(() => utterance.onerror && utterance.onerror({ error: 'synthesis-failed' }), 0);
      } else if (typeof state.mode === 'number') {
        setTimeout(() => utterance.onend && utterance.onend({}), state.mode);
      }
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  window.__speech = state;
})()`

export type SpeechMode = 'silent' | 'error' | 'throw' | number

export async function spoken(tv: Tv): Promise<string[]> {
  return tv.page.evaluate(() =>
    (window as unknown as { __speech: { spoken: { text: string }[] } }).__speech.spoken.map((s) => s.text),
  )
}

export async function setSpeechMode(tv: Tv, mode: SpeechMode): Promise<void> {
  await tv.page.evaluate((value) => {
    ;(window as unknown as { __speech: { mode: SpeechMode } }).__speech.mode = value
  }, mode)
}

/** Waits until a phrase matching `pattern` has been spoken after the first `from` phrases; returns it. */
export async function waitForPhrase(tv: Tv, pattern: RegExp, from = 0, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout
  let all: string[] = []
  while (Date.now() < deadline) {
    all = await spoken(tv)
    const found = all.slice(from).find((text) => pattern.test(text))
    if (found !== undefined) return found
    await tv.page.waitForTimeout(50)
  }
  throw new Error(`never spoke ${String(pattern)}; spoke: ${JSON.stringify(all.slice(from))}`)
}

/** What is spoken after a key, once the app has had time to settle (the announcer waits 150 ms). */
export async function afterKey(tv: Tv, press: () => Promise<void>, settleMs = 600): Promise<string[]> {
  const before = (await spoken(tv)).length
  await press()
  await tv.page.waitForTimeout(settleMs)
  return (await spoken(tv)).slice(before)
}
