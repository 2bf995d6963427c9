/**
 * The viewer's choices from Settings: text size for reading stories, and which sections Home shows in which
 * order. Pure values and functions (no Lightning, no DOM, no storage); preferencesService.ts makes them
 * observable and persistent.
 *
 * Consumers:
 * - the Story reader reads `textSize` (and `story.sizes[textSize]` in ui/theme.ts for the pixel sizes);
 * - Home and the NewsStore put sections through `applySectionPreferences()` to get the visible ones in the
 *   viewer's order.
 */

export const TEXT_SIZES = ['S', 'M', 'L'] as const
export type TextSize = (typeof TEXT_SIZES)[number]
export const DEFAULT_TEXT_SIZE: TextSize = 'M'

export interface SectionPreference {
  id: string
  visible: boolean
}

export interface Preferences {
  textSize: TextSize
  /** Every configured section exactly once, in the viewer's order. At least one is visible. */
  sections: readonly SectionPreference[]
  /** Breaking-news banners show (the default) or not. */
  breakingBanners: boolean
}

/** What goes into Storage: versioned so a later shape can migrate an old one. */
export interface StoredPreferences {
  version: 1
  textSize: TextSize
  sections: SectionPreference[]
  /** Added later within version 1: missing means on. */
  breakingBanners?: boolean
}

type Obj = Record<string, unknown>
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'string' && (TEXT_SIZES as readonly string[]).includes(value)
}

export function defaultPreferences(sectionIds: readonly string[]): Preferences {
  return {
    textSize: DEFAULT_TEXT_SIZE,
    sections: sectionIds.map((id) => ({ id, visible: true })),
    breakingBanners: true,
  }
}

/**
 * Reconciles what was stored with the sections settings.json configures today: unknown or duplicate ids are
 * dropped, new sections join at the end (visible), and if nothing would be visible everything is shown
 * again. Anything unreadable falls back to the defaults; nothing here throws.
 */
export function normalizePreferences(raw: unknown, sectionIds: readonly string[]): Preferences {
  const defaults = defaultPreferences(sectionIds)
  if (!isObj(raw)) return defaults
  const textSize = isTextSize(raw.textSize) ? raw.textSize : DEFAULT_TEXT_SIZE
  const breakingBanners = raw.breakingBanners !== false
  const known = new Set(sectionIds)
  const seen = new Set<string>()
  const sections: SectionPreference[] = []
  for (const entry of Array.isArray(raw.sections) ? raw.sections : []) {
    if (!isObj(entry) || typeof entry.id !== 'string' || !known.has(entry.id) || seen.has(entry.id)) continue
    seen.add(entry.id)
    sections.push({ id: entry.id, visible: entry.visible !== false })
  }
  for (const id of sectionIds) if (!seen.has(id)) sections.push({ id, visible: true })
  if (sections.length > 0 && !sections.some((section) => section.visible)) {
    return {
      textSize,
      sections: sections.map((section) => ({ ...section, visible: true })),
      breakingBanners,
    }
  }
  return { textSize, sections, breakingBanners }
}

export function toStored(preferences: Preferences): StoredPreferences {
  return {
    version: 1,
    textSize: preferences.textSize,
    sections: preferences.sections.map((section) => ({ ...section })),
    breakingBanners: preferences.breakingBanners,
  }
}

export function withTextSize(preferences: Preferences, textSize: TextSize): Preferences {
  return { ...preferences, textSize }
}

/** Shows or hides a section. Hiding the last visible one is refused (returns the same object). */
export function toggleSection(preferences: Preferences, id: string): Preferences {
  const target = preferences.sections.find((section) => section.id === id)
  if (!target) return preferences
  const visibleCount = preferences.sections.filter((section) => section.visible).length
  if (target.visible && visibleCount <= 1) return preferences
  return {
    ...preferences,
    sections: preferences.sections.map((section) =>
      section.id === id ? { ...section, visible: !section.visible } : section,
    ),
  }
}

/** Moves a section one place up (-1) or down (+1). At either end it returns the same object. */
export function moveSection(preferences: Preferences, id: string, delta: -1 | 1): Preferences {
  const from = preferences.sections.findIndex((section) => section.id === id)
  const to = from + delta
  if (from < 0 || to < 0 || to >= preferences.sections.length) return preferences
  const sections = [...preferences.sections]
  const [moved] = sections.splice(from, 1)
  if (moved) sections.splice(to, 0, moved)
  return { ...preferences, sections }
}

/**
 * The visible items in the viewer's order. Works on anything with an `id` (SectionSettings, SectionState…);
 * items the preferences do not know yet keep their relative order after the known ones.
 */
export function applySectionPreferences<T extends { id: string }>(
  items: readonly T[],
  preferences: Preferences,
): T[] {
  const rank = new Map(preferences.sections.map((section, index) => [section.id, index]))
  const hidden = new Set(
    preferences.sections.filter((section) => !section.visible).map((section) => section.id),
  )
  return items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => !hidden.has(item.id))
    .sort(
      (a, b) =>
        (rank.get(a.item.id) ?? preferences.sections.length + a.index) -
        (rank.get(b.item.id) ?? preferences.sections.length + b.index),
    )
    .map(({ item }) => item)
}
