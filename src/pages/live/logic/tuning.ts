import type { LiveSettings } from '../../../data/settings'
import { type BackoffConfig, DEFAULT_BACKOFF } from './reconnect'

export interface LiveTuning {
  /** The watchdog's patience: no playhead movement for this long means stalled. */
  stallMs: number
  backoff: BackoffConfig
}

const DEFAULT_STALL_MS = 10_000

/** Operator overrides from settings.json on top of defaults suited to a typical 2–6 s segment stream. */
export function liveTuning(live: LiveSettings): LiveTuning {
  return {
    stallMs: live.stallSeconds !== undefined ? live.stallSeconds * 1000 : DEFAULT_STALL_MS,
    backoff: {
      ...DEFAULT_BACKOFF,
      ...(live.reconnectAttempts !== undefined ? { attempts: Math.round(live.reconnectAttempts) } : {}),
      ...(live.reconnectDelaySeconds !== undefined ? { baseMs: live.reconnectDelaySeconds * 1000 } : {}),
    },
  }
}
