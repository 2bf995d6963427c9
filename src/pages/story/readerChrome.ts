import type { Story, StoryHeadline } from '../../data/model'
import { minutesLeft, type Page } from '../../data/paginate'
import type { Locale } from '../../i18n/locale'
import { metaLine } from '../../ui/relativeTime'
import { alignedTo, embedded, embeddedLines, uiLine } from '../../ui/text/directedText'
import { space, story as storyTheme } from '../../ui/theme'
import { isSummaryOnly, metaText, nextText, pageText } from './storyFormat'
import type { ReaderLayout } from './storyLayout'
import { storyWords } from './storyWords'

/**
 * The reader's words around the story's text (StoryReader places them): the lines that name the story, and
 * the notice under a summary-only story. A right-to-left story's own lines sit against the column's right
 * edge, whatever the UI language; UI words keep the UI's direction, with the feed's words embedded.
 */

/** The headline's lines as laid out, each embedded and right-aligned when the story reads right to left. */
export const headlineText = (layout: ReaderLayout, dir: 'ltr' | 'rtl', uiDir: 'ltr' | 'rtl') => ({
  ...layout.headline,
  text: dir === 'rtl' ? embeddedLines(layout.headlineLines) : layout.headlineLines.join('\n'),
  ...alignedTo(dir, uiDir, storyTheme.column.w),
  wordWrap: false,
})

/** Breadcrumb, meta line, running head and "Next:" for a story, as text patches. */
export function chromeTexts(
  content: { story: Story; sectionTitle: string; next?: StoryHeadline; now: number },
  locale: Locale,
) {
  const { story, sectionTitle } = content
  const aligned = alignedTo(story.dir ?? 'ltr', locale.dir, storyTheme.column.w)
  const ui = (text: string) => embedded(text, locale.dir)
  const next = content.next && { ...content.next, title: ui(content.next.title) }
  const byline = story.byline && ui(story.byline)
  return {
    breadcrumb: { text: sectionTitle.toUpperCase(), ...aligned },
    meta: { text: uiLine(metaText({ ...story, byline }, content.now, locale), locale.dir), ...aligned },
    runningHead: { text: uiLine(metaLine(ui(sectionTitle), ui(story.title)), locale.dir), ...aligned },
    next: { text: nextText(next, ui(sectionTitle), locale) },
  }
}

/**
 * Stories without a body: after the summary on the last page, where the rest is (the QR code, when the rail
 * offers one). Undefined when no notice shows.
 */
export function summaryNotice(options: {
  layout: ReaderLayout
  page: Page | undefined
  pageIndex: number
  story: Story
  onLastPage: boolean
  qrOffered: boolean
  locale: Locale
}): { y: number; text: { text: string } } | undefined {
  const { layout, page, pageIndex, story, locale } = options
  const lastFragment = page?.fragments.at(-1)
  if (!options.onLastPage || !isSummaryOnly(story) || lastFragment === undefined) return undefined
  const top = pageIndex === 0 ? layout.firstBodyY : layout.bodyY
  return {
    y: top + lastFragment.y + lastFragment.lines.length * layout.body.lineHeight + space.l,
    text: { text: options.qrOffered ? storyWords(locale).fullStoryQr : storyWords(locale).summaryOnly },
  }
}

/** What the reader paginates: the story's paragraphs, or its summary when the feed carries no body. */
export const readingParagraphs = (story: Story): string[] =>
  story.body.length > 0 ? story.body : [story.summary]

/** The page indicator ("Page 2 of 5 · 3 min left") and the key hint, for reading or for Up next. */
export function pageHints(
  pageIndex: number,
  pages: readonly Page[],
  reading: boolean,
  upNextOffered: boolean,
  locale: Locale,
): { label: string; hint: string } {
  const words = storyWords(locale)
  const label = pageText(pageIndex, pages.length, minutesLeft(pages, pageIndex), locale)
  const more = upNextOffered ? words.hintUpNext : words.hintPages
  return {
    label: reading ? label : metaLine(label, words.upNext),
    hint: reading ? `${more}  ·  ${words.hintStories}` : words.hintChoose,
  }
}
