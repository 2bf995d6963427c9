import type { GuidanceRate } from '../../data/guidancePreferences'

/**
 * Every English word that voice guidance, read aloud and captions add to the app, in one typed object, so the
 * languages work (issue 15) can hand the phrase builder another language's words without touching its logic.
 * Only this file holds speech wording; the phrase builder and the controls take a `SpeechWords` parameter.
 */
export interface SpeechWords {
  /** "3 of 20": a tile's place in its row. */
  position(index: number, total: number): string
  /** "2 hours ago", "just now": a story's age spoken in full (no "min" or "h"). */
  age(ms: number): string
  /** "page 2 of 5". */
  page(page: number, pages: number): string
  button: string
  on: string
  off: string
  /** The same states as Settings shows them. */
  shownOn: string
  shownOff: string
  switch: string
  selected: string
  featured: string
  liveChannel: string
  liveUnavailable: string
  /** Settings controls. */
  voiceGuidance: string
  speechRate: string
  rates: Readonly<Record<GuidanceRate, string>>
  /** The story reader's read-aloud control. */
  listen: string
  pause: string
  resume: string
  /** The live channel's captions control. */
  captions: string
  /** The text size controls (Settings and the reader). */
  textSize: string
  textSizes: Readonly<Record<'S' | 'M' | 'L', string>>
  /** Settings' section arrows: "Move World up". */
  moveUp(section: string): string
  moveDown(section: string): string
  /** The reader's list of related stories. */
  upNext: string
  /** A tile's mark, said after its headline (issue 16): read before, or new since the last refresh. */
  marks: Readonly<Record<'read' | 'new', string>>
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export const englishSpeechWords: SpeechWords = {
  position: (index, total) => `${index} of ${total}`,
  age(ms) {
    if (ms < MINUTE) return 'just now'
    if (ms < HOUR) return `${count(Math.floor(ms / MINUTE), 'minute', 'minutes')} ago`
    if (ms < DAY) return `${count(Math.floor(ms / HOUR), 'hour', 'hours')} ago`
    return `${count(Math.floor(ms / DAY), 'day', 'days')} ago`
  },
  page: (page, pages) => `page ${page} of ${pages}`,
  button: 'button',
  on: 'on',
  off: 'off',
  shownOn: 'On',
  shownOff: 'Off',
  switch: 'switch',
  selected: 'selected',
  featured: 'Featured',
  liveChannel: 'Live channel',
  liveUnavailable: 'not available right now',
  voiceGuidance: 'Voice guidance',
  speechRate: 'Speech rate',
  rates: { slow: 'Slow', normal: 'Normal', fast: 'Fast', faster: 'Faster' },
  listen: 'Listen',
  pause: 'Pause',
  resume: 'Resume',
  captions: 'Captions',
  textSize: 'Text size',
  textSizes: { S: 'Small', M: 'Medium', L: 'Large' },
  marks: { read: 'read', new: 'new' },
  moveUp: (section) => `Move ${section} up`,
  moveDown: (section) => `Move ${section} down`,
  upNext: 'Up next',
}
