import type { SpeechWords } from '../ui/speech/words'
import { enSpeech } from './catalogues/enSpeech'
import type { Locale } from './locale'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * Voice guidance's words in the UI language: the catalogue's `speech` group (plus the same plural rules and
 * digits as the screen) shaped as the SpeechWords the phrase builder takes (ui/speech/phrase.ts).
 */
export function speechWordsOf(locale: Locale): SpeechWords {
  // English keeps these words in this chunk, not in start-up's catalogue (PageGroup in catalogue.ts).
  const w = locale.t.speech ?? enSpeech
  const n = (value: number) => locale.number(value)
  return {
    position: (index, total) => w.position(n(index), n(total)),
    age(ms) {
      if (ms < MINUTE) return w.justNow
      if (ms < HOUR) return locale.plural(w.minutesAgo, Math.floor(ms / MINUTE))
      if (ms < DAY) return locale.plural(w.hoursAgo, Math.floor(ms / HOUR))
      return locale.plural(w.daysAgo, Math.floor(ms / DAY))
    },
    page: (page, pages) => w.page(n(page), n(pages)),
    button: w.button,
    on: w.on,
    off: w.off,
    shownOn: w.shownOn,
    shownOff: w.shownOff,
    switch: w.switch,
    selected: w.selected,
    featured: w.featured,
    liveChannel: w.liveChannel,
    liveUnavailable: w.liveUnavailable,
    voiceGuidance: w.voiceGuidance,
    speechRate: w.speechRate,
    rates: { slow: w.rateSlow, normal: w.rateNormal, fast: w.rateFast, faster: w.rateFaster },
    listen: w.listen,
    pause: w.pause,
    resume: w.resume,
    captions: w.captions,
    textSize: w.textSize,
    textSizes: { S: w.small, M: w.medium, L: w.large },
    moveUp: w.moveUp,
    moveDown: w.moveDown,
    upNext: w.upNext,
    marks: { read: w.read, new: w.new },
  }
}
