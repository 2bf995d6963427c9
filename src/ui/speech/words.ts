import type { GuidanceRate } from '../../data/guidancePreferences'

/**
 * The words voice guidance, read aloud and captions need, as one typed object the phrase builder and the
 * controls take as a parameter. The words themselves are in each language's catalogue (`speech` group);
 * src/i18n/speechWords.ts shapes the UI language's into this.
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
