/**
 * What the live screen tells the viewer, as data. The player reports one of these; the page turns it into
 * words with `describeStatus`. Every state that is not "pictures moving" has words on screen: the screen is
 * never black and silent.
 */

import type { Catalogue } from '../../../i18n/catalogue'

type LiveWords = Catalogue['live']

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

/** The headline and detail of each failure, from the UI language's catalogue. */
function reasonText(reason: FailureReason, live: LiveWords): StatusText {
  switch (reason) {
    case 'unreachable':
      return { headline: live.unreachableTitle, detail: live.unreachableDetail }
    case 'not-found':
      return { headline: live.notFoundTitle, detail: live.notFoundDetail }
    case 'stalled':
      return { headline: live.stalledTitle, detail: live.stalledDetail }
    case 'media':
      return { headline: live.mediaTitle, detail: live.mediaDetail }
    case 'unsupported':
      return { headline: live.unsupportedTitle, detail: live.unsupportedDetail }
  }
}

/** Words for the status line (transient states) or the error panel (`failed`, `ended`). */
export function describeStatus(status: PlaybackStatus, channel: string, live: LiveWords): StatusText {
  switch (status.kind) {
    case 'connecting':
      return { headline: live.connecting(channel), detail: '' }
    case 'buffering':
      return { headline: live.buffering, detail: '' }
    case 'playing':
      return status.muted ? { headline: '', detail: live.soundOff } : { headline: '', detail: '' }
    case 'paused':
      return { headline: live.paused, detail: live.pausedDetail }
    case 'reconnecting':
      return {
        headline: live.reconnecting,
        detail: live.attempt(
          reasonText(status.reason, live).headline,
          String(status.attempt),
          String(status.of),
        ),
      }
    case 'failed':
      return reasonText(status.reason, live)
    case 'ended':
      return { headline: live.endedTitle, detail: live.endedDetail }
  }
}

/** States that need the viewer (error panel with Retry) rather than a passing status line. */
export function needsViewer(status: PlaybackStatus): boolean {
  return status.kind === 'failed' || status.kind === 'ended'
}
