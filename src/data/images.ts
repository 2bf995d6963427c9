/**
 * Picks a story's lead image: the largest real image the item declares (Media RSS content, enclosure), else
 * the first real `<img>` in its body, else a Media RSS thumbnail. "Real" means loadable (http(s) or bundled
 * relative), not a tracking pixel, spacer, avatar or emoji.
 */

import type { RawImage } from './formats/raw'
import type { StoryImage } from './model'
import type { HtmlImage } from './text/html'
import { htmlToLine } from './text/html'
import { resolveUrl } from './url'

const TRACKER =
  /(?:^|[/_.-])(?:pixel|spacer|blank|1x1|beacon|tracking|transparent)(?:[._/-]|$)|feeds\.feedburner\.com\/~[rf]\/|stats\.wordpress\.com|pixel\.wp\.com|gravatar\.com\/avatar|\/images\/core\/emoji\/|doubleclick\.net|\/smilies\//i
/** Below this in either dimension an image is an icon or a pixel, not a picture for a TV. */
const MIN_SIDE = 50

function usable(url: string | undefined, width?: number, height?: number): url is string {
  if (!url) return false
  if ((width !== undefined && width < MIN_SIDE) || (height !== undefined && height < MIN_SIDE)) return false
  return !TRACKER.test(url)
}

export interface ImageChoice {
  image?: StoryImage
  /** Candidates refused (pixels, unsafe schemes…), for feed:check. */
  rejected: number
}

export function pickImage(
  declared: RawImage[],
  inBody: HtmlImage[],
  bodyCaption: string | undefined,
  bases: (string | undefined)[],
  /** Applies to body images only (Atom `<content xml:base>`). */
  contentBase?: string,
): ImageChoice {
  let rejected = 0
  const resolve = (url: string, width?: number, height?: number, inBody = false) => {
    const resolved = inBody ? resolveUrl(url, contentBase, ...bases) : resolveUrl(url, ...bases)
    if (usable(resolved, width, height)) return resolved
    rejected++
    return undefined
  }
  const area = (image: RawImage) => (image.width ?? 640) * (image.height ?? (image.width ?? 640) * 0.5625)
  const ranked = [
    ...declared.filter((image) => image.kind === 'content').sort((a, b) => area(b) - area(a)),
    ...declared.filter((image) => image.kind === 'enclosure'),
  ]
  for (const candidate of ranked) {
    const url = resolve(candidate.url, candidate.width, candidate.height)
    if (url)
      return {
        image: build(url, candidate.width, candidate.height, candidate.caption, bodyCaption),
        rejected,
      }
  }
  for (const candidate of inBody) {
    const url = resolve(candidate.src, candidate.width, candidate.height, true)
    if (url) return { image: build(url, candidate.width, candidate.height, undefined, bodyCaption), rejected }
  }
  const thumbnails = declared.filter((image) => image.kind === 'thumbnail').sort((a, b) => area(b) - area(a))
  for (const candidate of thumbnails) {
    const url = resolve(candidate.url, candidate.width, candidate.height)
    if (url)
      return {
        image: build(url, candidate.width, candidate.height, candidate.caption, bodyCaption),
        rejected,
      }
  }
  return { rejected }
}

function build(
  url: string,
  width: number | undefined,
  height: number | undefined,
  captionHtml: string | undefined,
  bodyCaption: string | undefined,
): StoryImage {
  const caption = (captionHtml ? htmlToLine(captionHtml) : '') || bodyCaption
  return {
    url,
    ...(width ? { width } : {}),
    ...(height ? { height } : {}),
    ...(caption ? { caption } : {}),
  }
}
