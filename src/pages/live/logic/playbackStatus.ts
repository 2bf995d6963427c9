/**
 * What the live screen tells the viewer, as data. The player reports one of these; the page turns it into
 * words with `describeStatus`. Every state that is not "pictures moving" has words on screen: the screen is
 * never black and silent.
 */

/** Why the stream is not playing, in terms a viewer can act on. */
export type FailureReason =
  /** Network error, server down, timeouts. */
  | 'unreachable'
  /** The playlist answered 404/410: the address is wrong or the channel is off air. */
  | 'not-found'
  /** The stream stopped moving with no error (frozen live playlist). */
  | 'stalled'
  /** Segments arrived but could not be decoded. */
  | 'media'
  /** This device plays neither hls.js (MSE) nor native HLS. */
  | 'unsupported'

export type PlaybackStatus =
  | { kind: 'connecting' }
  | { kind: 'buffering' }
  | { kind: 'playing'; muted: boolean }
  | { kind: 'paused' }
  | { kind: 'reconnecting'; attempt: number; of: number; reason: FailureReason }
  | { kind: 'failed'; reason: FailureReason }
  | { kind: 'ended' }

export interface StatusText {
  headline: string
  detail: string
}

const REASON_TEXT: Record<FailureReason, StatusText> = {
  unreachable: {
    headline: 'The live stream can’t be reached',
    detail: 'Check the connection, then try again. The stories on Home are still there.',
  },
  'not-found': {
    headline: 'The live stream isn’t available',
    detail: 'The channel may be off air right now. Try again in a moment.',
  },
  stalled: {
    headline: 'The live stream has stopped',
    detail: 'The broadcast stopped sending pictures. Try again in a moment.',
  },
  media: {
    headline: 'The live stream can’t be played',
    detail: 'The pictures arrived damaged. Try again in a moment.',
  },
  unsupported: {
    headline: 'This device can’t play the live stream',
    detail: 'It supports neither HLS nor Media Source Extensions.',
  },
}

/** Words for the status line (transient states) or the error panel (`failed`, `ended`). */
export function describeStatus(status: PlaybackStatus, channel: string): StatusText {
  switch (status.kind) {
    case 'connecting':
      return { headline: `Connecting to ${channel}…`, detail: '' }
    case 'buffering':
      return { headline: 'Buffering…', detail: '' }
    case 'playing':
      return status.muted
        ? { headline: '', detail: 'Sound is off · press OK to turn it on' }
        : { headline: '', detail: '' }
    case 'paused':
      return { headline: 'Paused', detail: 'Press OK or Play to continue' }
    case 'reconnecting':
      return {
        headline: 'Reconnecting…',
        detail: `${REASON_TEXT[status.reason].headline}. Attempt ${status.attempt} of ${status.of}.`,
      }
    case 'failed':
      return REASON_TEXT[status.reason]
    case 'ended':
      return { headline: 'The broadcast has ended', detail: 'Try again to rejoin when it is back on air.' }
  }
}

/** States that need the viewer (error panel with Retry) rather than a passing status line. */
export function needsViewer(status: PlaybackStatus): boolean {
  return status.kind === 'failed' || status.kind === 'ended'
}
