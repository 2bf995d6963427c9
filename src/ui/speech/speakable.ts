/**
 * What a focusable element says about itself, as plain data (no words, no Lightning): components return one
 * from `speech()`, and the phrase builder (phrase.ts) words it. Keeping the facts apart from the wording is
 * what lets a translation (issue 15) change the words without touching a component.
 */
export type Speakable =
  /** A row of tiles, said when focus enters it. */
  | { kind: 'row'; title: string }
  /** A story tile: position is 1-based. */
  | {
      kind: 'tile'
      headline: string
      position: number
      total: number
      publishedAt?: number
      /** The tile's mark: opened before, or come in with a refresh and not seen yet. */
      mark?: 'read' | 'new'
    }
  | { kind: 'hero'; headline: string; section: string; publishedAt?: number }
  | { kind: 'live'; title: string; available: boolean }
  /** Buttons, header entries and Settings pills; `value` is a pill's state ("Shown"). */
  | { kind: 'button'; label: string; value?: string; selected?: boolean }
  | { kind: 'toggle'; label: string; on: boolean }
  /** A modal question; the focused answer (a button) follows it. */
  | { kind: 'dialog'; question: string }
  /** The story reader: 1-based page. */
  | { kind: 'reader'; headline: string; page: number; pages: number }
  /** A row whose feed failed: its message (Retry follows as a button). */
  | { kind: 'rowError'; message: string }
  /** A status line said when its part of the screen takes focus ("Updated 3 min ago"). */
  | { kind: 'status'; text: string }
  /** Anything else that is just text (a heading, a message screen). */
  | { kind: 'text'; text: string }

/** A Lightning component that can say what it is. Checked structurally: no import of Lightning here. */
export interface SpeaksItself {
  speech(): Speakable | undefined
}

export function speaksItself(value: unknown): value is SpeaksItself {
  return (
    typeof value === 'object' &&
    value !== null &&
    'speech' in value &&
    typeof (value as { speech: unknown }).speech === 'function'
  )
}
