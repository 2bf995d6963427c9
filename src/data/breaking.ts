/**
 * Breaking news (issue 16), as pure rules: which story, if any, deserves the banner now, the operator's
 * settings for it, and the stored list of stories already shown (so the same story never shows twice, across
 * restarts too). No Lightning, no storage, no clock: breakingService.ts adds those.
 *
 * settings.json: a section marked `"breaking": true` is a breaking-news feed; `appSettings.breaking` tunes how
 * recent a story must be and how long the banner stays (breakingSettings.ts). This module loads lazily
 * (lazyNewsFollowers.ts): nothing of it is needed for the first frame.
 */
import type { HeadlineList } from './headlines'
import type { StoryHeadline } from './model'
import { storyKey } from './newStories'

export const BREAKING_SHOWN_CAP = 100
/** A publication time this far ahead of the device clock is still taken as "now" (clocks drift). */
const FUTURE_SLACK_MS = 5 * 60_000

/**
 * The story the banner should show: the newest story of a breaking section published within the age limit
 * and not shown before. Stories without a date never qualify: nothing says they are recent.
 */
export function pickBreaking(options: {
  sections: readonly { id: string; stories: HeadlineList }[]
  breakingSections: ReadonlySet<string>
  now: number
  maxAgeMinutes: number
  shown: readonly string[]
}): StoryHeadline | undefined {
  const shown = new Set(options.shown)
  const oldest = options.now - options.maxAgeMinutes * 60_000
  let best: StoryHeadline | undefined
  for (const section of options.sections) {
    if (!options.breakingSections.has(section.id)) continue
    for (const story of section.stories) {
      const at = story.publishedAt ?? story.updatedAt
      if (at === undefined || at < oldest || at > options.now + FUTURE_SLACK_MS) continue
      if (shown.has(storyKey(story.id))) continue
      if (!best || at > (best.publishedAt ?? best.updatedAt ?? 0)) best = story
    }
  }
  return best
}

/** Adds a story to the shown list (keys, most recent first, capped). */
export function withShown(shown: readonly string[], storyId: string): string[] {
  const key = storyKey(storyId)
  return [key, ...shown.filter((existing) => existing !== key)].slice(0, BREAKING_SHOWN_CAP)
}

/** Reads the stored shown list (`{ version: 1, shown: [...] }`); anything else is dropped with the reason. */
export function parseBreakingShown(raw: unknown): { shown: string[]; problem?: string } {
  if (raw === null || raw === undefined) return { shown: [] }
  const value = typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined
  if (value?.version !== 1) return { shown: [], problem: 'unknown shape or version' }
  const list = value.shown
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
    return { shown: [], problem: 'damaged list' }
  }
  return { shown: list.slice(0, BREAKING_SHOWN_CAP) }
}
