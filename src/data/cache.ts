/**
 * The last good copy of every section, persisted (SDK Storage on devices) so the next start shows stories at
 * once. Storage is untrusted too (an older app version, a full quota, hand edits): what is read back is
 * checked, and anything that does not fit is ignored rather than shown.
 */
import type { Section, Story } from './model'
import type { KeyValueStore } from './storage'

export const CACHE_KEY = 'lightwire.news.v1'

export interface CachedSection extends Omit<Section, 'error'> {
  /** The feed URL this copy came from: a section pointed at a new URL starts afresh. */
  url: string
  etag?: string
  lastModified?: string
}

interface CacheFile {
  version: 1
  sections: CachedSection[]
}

const isStory = (value: unknown): value is Story => {
  const story = value as Partial<Story> | null
  return (
    typeof story === 'object' &&
    story !== null &&
    typeof story.id === 'string' &&
    typeof story.title === 'string' &&
    typeof story.summary === 'string' &&
    Array.isArray(story.body) &&
    story.body.every((paragraph) => typeof paragraph === 'string')
  )
}

const isSection = (value: unknown): value is CachedSection => {
  const section = value as Partial<CachedSection> | null
  return (
    typeof section === 'object' &&
    section !== null &&
    typeof section.id === 'string' &&
    typeof section.url === 'string' &&
    typeof section.fetchedAt === 'number' &&
    Array.isArray(section.stories)
  )
}

export function readCache(storage: KeyValueStore): { sections: CachedSection[]; warning?: string } {
  let raw: unknown
  try {
    raw = storage.get(CACHE_KEY)
  } catch (error) {
    return { sections: [], warning: `Cached stories could not be read: ${String(error)}` }
  }
  if (raw === null || raw === undefined) return { sections: [] }
  const file = raw as Partial<CacheFile>
  if (file.version !== 1 || !Array.isArray(file.sections)) {
    return { sections: [], warning: 'Cached stories were in an unknown format: ignored.' }
  }
  const sections = file.sections.filter(isSection).map((section) => ({
    ...section,
    stories: section.stories.filter(isStory),
  }))
  return { sections }
}

export function writeCache(storage: KeyValueStore, sections: CachedSection[]): string | undefined {
  const file: CacheFile = { version: 1, sections }
  try {
    if (storage.set(CACHE_KEY, file)) return undefined
  } catch (error) {
    return `Stories could not be cached: ${String(error)}`
  }
  return 'Stories could not be cached (storage full or unavailable).'
}
