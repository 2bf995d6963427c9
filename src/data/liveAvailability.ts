/**
 * Can the configured live stream be played? Home asks so its live tile can say "unavailable, OK to try again"
 * instead of leading viewers into an error screen (e.g. the bundled sample stream was never generated because
 * the machine has no ffmpeg, or the stream's server is down). A definite "not found" and a stream that cannot
 * be reached at all are `unavailable`; any other answer (a 5xx, a 403 on a CDN that only serves the player)
 * is `unknown` and the tile stays playable, because the player has its own reconnect and error screen.
 */
export type LiveAvailability = 'unknown' | 'available' | 'unavailable'

type FetchLike = (url: string, init: { cache: RequestCache }) => Promise<{ ok: boolean; status: number }>

export async function checkLiveStream(url: string, fetchLike: FetchLike): Promise<LiveAvailability> {
  let response: { ok: boolean; status: number }
  try {
    response = await fetchLike(url, { cache: 'no-store' })
  } catch {
    // Not reachable right now: the tile says so and offers to try again.
    return 'unavailable'
  }
  if (response.status === 404 || response.status === 410) return 'unavailable'
  return response.ok ? 'available' : 'unknown'
}
