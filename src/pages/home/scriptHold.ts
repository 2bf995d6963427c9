import type { NewsSnapshot } from '../../data/newsStore'
import { hasArabicScript } from '../../data/text/direction'
import type { ScriptFonts } from '../../platform/scriptFonts'

/**
 * True when any text Home would draw is in Arabic script: a section title, a headline, or a summary — Home
 * draws only the hero's, which is a section's first story, the one the store keeps whole.
 */
export function snapshotNeedsArabic(snapshot: NewsSnapshot): boolean {
  return snapshot.sections.some(
    (section) =>
      hasArabicScript(section.title) ||
      hasArabicScript(section.stories.lead?.summary ?? '') ||
      section.stories.some((story) => hasArabicScript(story.title)),
  )
}

/**
 * Holds a snapshot with Arabic-script text back until its font is in, then draws the newest one: a tile's
 * headline texture is drawn once, so text drawn before the font arrived would keep the fallback's boxes.
 * Returns true when it held (the caller draws nothing now). The font is fetched once; later snapshots pass.
 */
export function holdForScript(
  snapshot: NewsSnapshot,
  scripts: ScriptFonts | undefined,
  redraw: () => void,
): boolean {
  if (!scripts || scripts.arabicReady || !snapshotNeedsArabic(snapshot)) return false
  void scripts.ensureArabic().then(redraw)
  return true
}
