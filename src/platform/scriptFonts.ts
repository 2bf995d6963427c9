/**
 * Fonts for scripts Inter lacks, fetched the first time they are needed rather than at start-up, so an
 * English channel's start-up bundle and font requests stay as they were. Today: Arabic script (Arabic,
 * Persian, Urdu), for an RTL interface language or a feed written in it.
 */
export interface ScriptFonts {
  /** True once the Arabic font is in (or failed: then the device's own font draws what it can). */
  readonly arabicReady: boolean
  /** Loads the Arabic font once; resolves when it can be drawn with. Never rejects. */
  ensureArabic(): Promise<void>
}

export function createScriptFonts(warn: (message: string) => void): ScriptFonts {
  let ready = false
  let loading: Promise<void> | undefined
  const load = async (): Promise<void> => {
    try {
      const { arabicFontFaces } = await import('../arabicFonts')
      await Promise.all(
        arabicFontFaces.map((definition) => {
          const face = new FontFace(definition.family, `url(${definition.url})`, definition.descriptors)
          document.fonts.add(face)
          return face.load()
        }),
      )
    } catch (error) {
      // Text still shows, in the device's fallback font: better than holding the screen back for good.
      warn(`the Arabic font did not load (${String(error)}): using the device's font`)
    }
    ready = true
  }
  return {
    get arabicReady() {
      return ready
    },
    ensureArabic() {
      loading ??= load()
      return loading
    },
  }
}
