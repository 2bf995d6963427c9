/**
 * Is the configured live stream there at all? Home asks once so its live tile can say "no live stream is
 * configured" instead of leading viewers into an error (e.g. the bundled sample stream was never generated
 * because the machine has no ffmpeg). Only a definite "not found" counts as missing: a network hiccup is
 * 'unknown' and the tile stays playable, because the player has its own reconnect and error screen.
 */
export type LiveAvailability = 'unknown' | 'available' | 'missing'

type FetchLike = (url: string, init: { cache: RequestCache }) => Promise<{ ok: boolean; status: number }>

export async function checkLiveStream(url: string, fetchLike: FetchLike): Promise<LiveAvailability> {
  let response: { ok: boolean; status: number }
  try {
    response = await fetchLike(url, { cache: 'no-store' })
  } catch {
    // Unreachable right now is not "not configured": leave the decision to the player.
    return 'unknown'
  }
  if (response.status === 404 || response.status === 410) return 'missing'
  return response.ok ? 'available' : 'unknown'
}
