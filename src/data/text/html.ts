/**
 * Feed HTML → plain text for the TV: paragraphs, no markup, no entities. Feeds are not web pages: the body is
 * a fragment of paragraphs, headings, lists and images, so a tokenizer that understands tags, attributes,
 * comments and raw-text elements is enough (a full HTML parser would cost the start-up bundle ~10 KB gzip).
 * Nothing here is ever rendered as HTML or executed: the output is text.
 */
import { decodeEntities } from './entities'
import { scanTags } from './htmlTokens'
import { cleanWhitespace } from './whitespace'

/**
 * Elements whose whole content is dropped: code, styling, embeds and other non-text. Only elements with an end
 * tag belong here: a void one (`<embed>`, `<input>`) would drop everything after it. Void elements simply vanish.
 */
const DROP = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'noscript',
  'template',
  'svg',
  'math',
  'video',
  'audio',
  'canvas',
  'form',
  'button',
  'select',
  'textarea',
  'figcaption',
  'head',
  'title',
])

/** Elements that end a paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'figure',
  'address',
  'main',
  'nav',
])

export interface HtmlImage {
  src: string
  width?: number
  height?: number
  alt?: string
}

export interface HtmlText {
  paragraphs: string[]
  /** `<img>`s in document order (tracking pixels included: the caller decides what is real). */
  images: HtmlImage[]
  /** Text of the first `<figcaption>`, useful as the lead image's caption. */
  caption?: string
}

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

export function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase()
    if (name !== undefined && !(name in attributes))
      attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attributes
}

function toNumber(value: string | undefined): number | undefined {
  if (!value) return undefined
  const number = Number.parseInt(value, 10)
  return Number.isFinite(number) && number >= 0 ? number : undefined
}

/** Text escaped twice (`&lt;p&gt;…`) by a CMS arrives here as markup-free text full of `&lt;`: unescape once. */
function unescapeDoubleEscapedMarkup(html: string): string {
  if (/<[a-zA-Z/!]/.test(html)) return html
  if (!/&lt;\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^&]*)?&gt;/.test(html)) return html
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;/g, "'")
}

export function htmlToText(input: string): HtmlText {
  // CDATA markers left inside the HTML (a CMS that wrapped it twice) only pad the markup they contain.
  const html = unescapeDoubleEscapedMarkup(input.replace(/<!\[CDATA\[|\]\]>/g, ''))
  const paragraphs: string[] = []
  const images: HtmlImage[] = []
  let caption: string | undefined
  let current = ''
  let dropping: string | undefined
  let inCaption = false
  let captionText = ''
  let last = 0

  const flush = () => {
    const text = cleanWhitespace(decodeEntities(current))
    if (text) paragraphs.push(text)
    current = ''
  }
  const addText = (text: string) => {
    if (dropping) return
    if (inCaption) captionText += text
    else current += text
  }

  for (const token of scanTags(html)) {
    addText(html.slice(last, token.start))
    last = token.end
    const { name, closing } = token
    if (!name) continue
    if (dropping) {
      if (closing && name === dropping) dropping = undefined
      continue
    }
    if (name === 'figcaption') {
      if (!closing) {
        inCaption = true
        captionText = ''
      } else if (inCaption) {
        inCaption = false
        const text = cleanWhitespace(decodeEntities(captionText))
        if (text && caption === undefined) caption = text
      }
      continue
    }
    if (DROP.has(name)) {
      // A self-closed or void-looking drop element (`<iframe … />`) has nothing inside to skip.
      if (!closing && !/\/\s*$/.test(token.attributes)) dropping = name
      continue
    }
    if (name === 'img' && !closing) {
      const attributes = parseAttributes(token.attributes)
      const src = attributes.src || attributes['data-src'] || ''
      if (src) {
        images.push({
          src: src.trim(),
          width: toNumber(attributes.width),
          height: toNumber(attributes.height),
          alt: attributes.alt ? cleanWhitespace(attributes.alt) : undefined,
        })
      }
      continue
    }
    if (BLOCK.has(name)) {
      flush()
      continue
    }
    // Inline elements (a, em, strong, span…) vanish but keep words apart where the markup implied a gap.
    if (name === 'td' || name === 'th') current += ' '
  }
  addText(html.slice(last))
  flush()
  return { paragraphs, images, ...(caption ? { caption } : {}) }
}

/** One line of plain text: a title, a byline, a caption. Markup stripped, entities decoded. */
export function htmlToLine(input: string): string {
  return htmlToText(input).paragraphs.join(' ')
}
