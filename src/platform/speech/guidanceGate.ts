import type { PreferenceStorage } from '../../data/preferencesService'
import type { Guidance } from './guidance'

/** The Storage key of the voice guidance record (src/data/guidancePreferences.ts). */
export const GUIDANCE_KEY = 'guidance'

/**
 * All of voice guidance the start-up bundle holds: whether to load it, and where focus is. Everything else
 * (the choices, phrases, backends, read aloud) is the speech chunk, loaded by `open()` when guidance is on at
 * start, or when Settings, the reader or the live page first need it.
 */
export interface GuidanceGate {
  /** Lightning's focus path after every key and refocus, outermost first. */
  focusChanged(path: readonly unknown[]): void
  /** The guidance service, loading the speech chunk the first time. */
  open(): Promise<Guidance>
  /** After launch: loads guidance when forced, chosen, or left to the TV's own setting (`askTv`). */
  start(askTv: boolean): void
}

export function createGuidanceGate(
  storage: PreferenceStorage,
  query: URLSearchParams,
  load: () => Promise<Guidance>,
  warn: (message: string) => void,
): GuidanceGate {
  let opened: Promise<Guidance> | undefined
  let service: Guidance | undefined
  let path: readonly unknown[] = []
  const open = () => {
    opened ??= load().then((value) => {
      service = value
      value.focusChanged(path)
      return value
    })
    return opened
  }
  return {
    focusChanged(next) {
      path = next
      service?.focusChanged(next)
    },
    open,
    start(askTv) {
      let choice: unknown
      try {
        choice = (storage.get(GUIDANCE_KEY) as { enabled?: unknown } | null)?.enabled
      } catch (error) {
        warn(`guidance unreadable: ${String(error)}`)
      }
      if (query.get('guidance') !== 'on' && choice !== true && !(askTv && choice === undefined)) return
      open().then(
        (value) => value.start(askTv),
        (error: unknown) => warn(`guidance not loaded: ${String(error)}`),
      )
    },
  }
}
