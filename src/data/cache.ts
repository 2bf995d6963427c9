/**
 * The last good copy of every section, persisted (SDK Storage on devices) so the next start shows stories at
 * once. Storage is untrusted too (an older app version, a full quota, hand edits, a half-written value): what
 * is read back is checked, anything that does not fit is discarded (removed, with a warning) rather than
 * shown, and a write that does not fit is retried smaller rather than given up.
 */

import type { Section, Story } from './model'
import { isLoadableUrl } from './settings'
import type { KeyValueStore } from './storage'
import { isAbsoluteHttpUrl } from './url'

export const CACHE_KEY = 'lightwire.news.v1'
/** Bumped whenever the cached shape changes: an older copy is discarded, never misread. */
export const CACHE_VERSION = 1

export interface CachedSection extends Omit<Section, 'error'> {
  /** The feed URL this copy came from: a section pointed at a new URL starts afresh. */
  url: string
  etag?: string
  lastModified?: string
}

interface CacheFile {
  version: typeof CACHE_VERSION
  sections: CachedSection[]
}

/**
 * When the whole cache does not fit (quota), only the newest stories of each section are kept: a shorter
 * copy still opens the app with news when the network is down. Tried in this order, then given up.
 */
export const TRIMMED_STORIES_PER_SECTION = [20, 8, 3] as const

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

/**
 * Only what normalize.ts would have let through goes back on screen: a page URL that is not http(s) is
 * dropped (it would become a QR code), and so is an image that is not http(s) or bundled (it would be loaded).
 * A stored `imageUrl` is never trusted (it is not written): it is the checked image's address.
 */
function sanitizeStory(story: Story): Story {
  const { url, image, imageUrl: _unchecked, ...rest } = story
  const clean: Story = { ...rest }
  if (isAbsoluteHttpUrl(url)) clean.url = url
  if (image && typeof image.url === 'string' && image.url !== '' && isLoadableUrl(image.url)) {
    clean.image = image
    clean.imageUrl = image.url
  }
  return clean
}

/** `imageUrl` repeats `image.url`: left out of the stored copy, which a TV's small Storage also holds. */
function storedStory(story: Story): Story {
  const { imageUrl: _repeated, ...stored } = story
  return stored
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

/** Removes a cache that cannot be used, so it is not read (and warned about) again on every start. */
function discard(storage: KeyValueStore, reason: string): { sections: CachedSection[]; warning: string } {
  try {
    storage.remove(CACHE_KEY)
  } catch (error) {
    return { sections: [], warning: `${reason}: discarded, but it could not be removed (${String(error)}).` }
  }
  return { sections: [], warning: `${reason}: discarded.` }
}

/**
 * The stored copy's sections that pass `isSection`, unsanitized (each reader sanitizes what it uses), or why
 * the copy cannot be used at all. `raw` is what storage held, not null.
 */
function checkFile(raw: unknown): { sections: CachedSection[]; dropped: number } | { problem: string } {
  const file = raw as Partial<CacheFile>
  if (typeof file !== 'object' || !Array.isArray(file.sections)) {
    return { problem: 'Cached stories were in an unknown format' }
  }
  if (file.version !== CACHE_VERSION) {
    return {
      problem: `Cached stories were written by another version of the app (cache version ${String(file.version)}, expected ${CACHE_VERSION})`,
    }
  }
  const sections = file.sections.filter(isSection)
  return { sections, dropped: file.sections.length - sections.length }
}

export function readCache(storage: KeyValueStore): { sections: CachedSection[]; warning?: string } {
  let raw: unknown
  try {
    raw = storage.get(CACHE_KEY)
  } catch (error) {
    return discard(storage, `Cached stories could not be read (${String(error)})`)
  }
  if (raw === null || raw === undefined) return { sections: [] }
  const checked = checkFile(raw)
  if ('problem' in checked) return discard(storage, checked.problem)
  const sections = checked.sections.map((section) => ({
    ...section,
    stories: section.stories.filter(isStory).map(sanitizeStory),
  }))
  return checked.dropped > 0
    ? { sections, warning: `${checked.dropped} cached section(s) were damaged: ignored.` }
    : { sections }
}

/**
 * One section's stories from the stored copy, checked like `readCache` (nothing is removed here: a copy that
 * cannot be read gives undefined and the next start's `readCache` deals with it). How the store gets back the
 * summaries and bodies it does not keep in memory.
 */
export function readCachedStories(storage: KeyValueStore, id: string, url: string): Story[] | undefined {
  let raw: unknown
  try {
    raw = storage.get(CACHE_KEY)
  } catch {
    return undefined
  }
  if (raw === null || raw === undefined) return undefined
  const checked = checkFile(raw)
  if ('problem' in checked) return undefined
  const section = checked.sections.find((candidate) => candidate.id === id && candidate.url === url)
  return section?.stories.filter(isStory).map((story) => ({ ...sanitizeStory(story), sectionId: id }))
}

function tryWrite(storage: KeyValueStore, sections: CachedSection[]): string | undefined {
  const file: CacheFile = {
    version: CACHE_VERSION,
    sections: sections.map((section) => ({ ...section, stories: section.stories.map(storedStory) })),
  }
  try {
    return storage.set(CACHE_KEY, file) ? undefined : 'storage full or unavailable'
  } catch (error) {
    return String(error)
  }
}

/**
 * Writes the cache; returns a warning when it could not be written whole. When the full copy does not fit, the
 * newest stories of each section are kept instead (see TRIMMED_STORIES_PER_SECTION).
 */
export function writeCache(storage: KeyValueStore, sections: CachedSection[]): string | undefined {
  const problem = tryWrite(storage, sections)
  if (problem === undefined) return undefined
  const longest = Math.max(0, ...sections.map((section) => section.stories.length))
  for (const keep of TRIMMED_STORIES_PER_SECTION) {
    if (keep >= longest) continue
    const trimmed = sections.map((section) => ({ ...section, stories: section.stories.slice(0, keep) }))
    if (tryWrite(storage, trimmed) === undefined) {
      return `Stories could not all be cached (${problem}): kept the newest ${keep} of each section.`
    }
  }
  return `Stories could not be cached (${problem}).`
}
