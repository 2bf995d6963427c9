/**
 * Images an XML item declares outside its body: Media RSS (`media:content`, `media:thumbnail`, both also
 * inside `media:group`), RSS `<enclosure>` and Atom `<link rel="enclosure">`.
 */
import { child, childElements, childText, type XmlElement } from '../xml/tree'
import { type RawImage, toDimension } from './raw'

const NOT_IMAGE = /\.(?:mp4|m4v|m3u8|mpd|mov|webm|mp3|m4a|aac|ogg|oga|wav|pdf)(?:[?#]|$)/i
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|bmp)(?:[?#]|$)/i

export function looksLikeImage(url: string, type?: string, medium?: string): boolean {
  if (medium) return medium.toLowerCase() === 'image'
  if (type) return type.toLowerCase().startsWith('image/')
  return IMAGE_EXTENSION.test(url)
}

function mediaCaption(element: XmlElement, parent: XmlElement): string | undefined {
  return (
    childText(element, 'media:description', 'media:title') ||
    childText(parent, 'media:description', 'media:title') ||
    undefined
  )
}

function mediaImages(parent: XmlElement, into: RawImage[]): void {
  for (const element of parent.children) {
    if (typeof element === 'string') continue
    if (element.name === 'media:group') {
      mediaImages(element, into)
      continue
    }
    const attrs = element.attributes
    const url = (attrs.url ?? '').trim()
    if (!url) continue
    if (element.name === 'media:content') {
      // Without a type or medium, a media:content in a news feed is an image unless its URL says otherwise.
      const image =
        attrs.type || attrs.medium ? looksLikeImage(url, attrs.type, attrs.medium) : !NOT_IMAGE.test(url)
      if (!image) {
        // A video's poster frame rides along as a thumbnail inside the media:content.
        const poster = child(element, 'media:thumbnail')
        if (poster?.attributes.url) into.push(thumbnail(poster, parent))
        continue
      }
      into.push({
        url,
        width: toDimension(attrs.width),
        height: toDimension(attrs.height),
        caption: mediaCaption(element, parent),
        medium: attrs.medium,
        type: attrs.type,
        kind: 'content',
      })
    } else if (element.name === 'media:thumbnail') {
      into.push(thumbnail(element, parent))
    }
  }
}

function thumbnail(element: XmlElement, parent: XmlElement): RawImage {
  return {
    url: (element.attributes.url ?? '').trim(),
    width: toDimension(element.attributes.width),
    height: toDimension(element.attributes.height),
    caption: mediaCaption(element, parent),
    kind: 'thumbnail',
  }
}

export function itemImages(item: XmlElement): RawImage[] {
  const images: RawImage[] = []
  mediaImages(item, images)
  for (const enclosure of childElements(item, 'enclosure')) {
    const url = (enclosure.attributes.url ?? '').trim()
    if (url && looksLikeImage(url, enclosure.attributes.type)) {
      images.push({ url, type: enclosure.attributes.type, kind: 'enclosure' })
    }
  }
  return images
}
