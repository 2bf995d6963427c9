import type { FontFaceDefinition } from '@lightningjs/sdk'

/** The SDK's `platformSettings.fontLoader` hook: it waits for the returned promise before creating the App. */
export type SdkFontLoader = (fonts: FontFaceDefinition[], store: FontFace[]) => Promise<void>

function begin(definition: FontFaceDefinition, warn: (message: string) => void): FontFace {
  const face = new FontFace(definition.family, `url(${definition.url})`, definition.descriptors ?? {})
  document.fonts.add(face)
  // Observed here so a failure is logged once and never left unhandled; `loaded` is awaited below.
  face.load().catch((error: unknown) => warn(`font ${definition.url} did not load: ${String(error)}`))
  return face
}

/**
 * Starts fetching every font face now, all at once, and returns the loader the SDK calls later. The SDK's
 * own loader fetched the faces one after another and only once Launch ran (after settings.json), and it held
 * the App back until the last one: four round trips in a row on the start-up path. A face that fails no
 * longer stops the app from starting either: its text falls back to the device's font.
 */
export function startFonts(
  definitions: readonly FontFaceDefinition[],
  warn: (message: string) => void,
): SdkFontLoader {
  const started = new Map(definitions.map((definition) => [definition.url, begin(definition, warn)]))
  return async (fonts, store) => {
    const faces = fonts.map((font) => started.get(font.url) ?? begin(font, warn))
    store.push(...faces)
    await Promise.all(faces.map((face) => face.loaded.then(undefined, () => undefined)))
  }
}

/**
 * The SDK creates the App once its font loader resolves: this one also waits for `alsoReady` (the image
 * Home's first focus shows, so that Home's first frame is whole), but never more than `graceMs` beyond the
 * fonts, so a slow image cannot hold the app back for long.
 */
export function holdForImage(
  loader: SdkFontLoader,
  alsoReady: Promise<void>,
  graceMs: number,
): SdkFontLoader {
  return async (fonts, store) => {
    await loader(fonts, store)
    await Promise.race([alsoReady, new Promise<void>((resolve) => setTimeout(resolve, graceMs))])
  }
}
