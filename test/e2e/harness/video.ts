/**
 * Reading the live player from the outside, as a viewer would judge it: is the <video> element playing
 * (enough data, playhead moving)? Is the overlay on screen? Waits poll with generous deadlines; nothing here
 * asserts how fast anything happens.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './globalSetup'
import type { Tv } from './tv'

export interface VideoState {
  present: boolean
  readyState: number
  currentTime: number
  paused: boolean
  muted: boolean
  hasSource: boolean
  display: string
}

export async function videoState(tv: Tv): Promise<VideoState> {
  return tv.page.evaluate(() => {
    const video = document.querySelector('video')
    if (!video) {
      return {
        present: false,
        readyState: 0,
        currentTime: 0,
        paused: true,
        muted: false,
        hasSource: false,
        display: '',
      }
    }
    return {
      present: true,
      readyState: video.readyState,
      currentTime: video.currentTime,
      paused: video.paused,
      muted: video.muted,
      hasSource: video.getAttribute('src') !== null || video.networkState !== HTMLMediaElement.NETWORK_EMPTY,
      display: video.style.display,
    }
  })
}

/** Resolves once the video has data (readyState ≥ 3) and its playhead moves by ≥ `advance` seconds. */
export async function waitForPlaying(tv: Tv, timeout = 30_000, advance = 0.5): Promise<VideoState> {
  const deadline = Date.now() + timeout
  let first: VideoState | undefined
  let last: VideoState | undefined
  while (Date.now() < deadline) {
    last = await videoState(tv)
    if (last.readyState >= 3 && !last.paused) {
      if (!first) first = last
      else if (last.currentTime - first.currentTime >= advance) return last
    } else {
      first = undefined
    }
    await tv.page.waitForTimeout(250)
  }
  throw new Error(`The video did not play within ${timeout} ms; last state: ${JSON.stringify(last)}`)
}

/** True when the element and all its ancestors are drawn (visible and alpha > 0 in the inspector mirror). */
export async function isShown(tv: Tv, testId: string): Promise<boolean> {
  return tv.page.evaluate((id) => {
    let node: Element | null = document.querySelector(`[data-testid="${id}"]`)
    if (!node) return false
    while (node && node !== document.body) {
      const style = (node as HTMLElement).style
      if (style.display === 'none' || style.visibility === 'hidden') return false
      const alpha = node.getAttribute('alpha')
      if (alpha !== null && Number(alpha) <= 0.01) return false
      node = node.parentElement
    }
    return true
  }, testId)
}

export async function waitUntil(
  check: () => Promise<boolean>,
  what: string,
  timeout = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeout
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`Timed out waiting until ${what}`)
}

/** The repository's settings.json with `live` replaced (or removed, with `undefined`). */
export function settingsWithLive(live: Record<string, unknown> | undefined): unknown {
  const settings = JSON.parse(readFileSync(join(ROOT, 'settings.json'), 'utf8')) as {
    appSettings: Record<string, unknown>
  }
  if (live === undefined) delete settings.appSettings.live
  else settings.appSettings.live = live
  return settings
}
