import type { Speakable } from './speakable'
import type { SpeechWords } from './words'

/** Joins the non-empty parts of one item's phrase: "Storm closes harbour, 3 of 20, 2 hours ago". */
const list = (...parts: (string | undefined | false)[]): string =>
  parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(', ')

function age(publishedAt: number | undefined, now: number, words: SpeechWords): string | undefined {
  if (publishedAt === undefined || !Number.isFinite(publishedAt) || publishedAt <= 0) return undefined
  // Clocks disagree: a story "from the future" is simply new.
  return words.age(Math.max(0, now - publishedAt))
}

/** The phrase for one focusable (see Speakable for what each kind is). Pure: `now` and the words come in. */
export function itemPhrase(item: Speakable, words: SpeechWords, now: number): string {
  switch (item.kind) {
    case 'row':
      return item.title
    case 'tile':
      return list(
        item.headline,
        item.mark && words.marks[item.mark],
        words.position(item.position, item.total),
        age(item.publishedAt, now, words),
      )
    case 'hero':
      return list(`${words.featured}: ${item.headline}`, item.section, age(item.publishedAt, now, words))
    case 'live':
      return list(`${words.liveChannel}: ${item.title}`, !item.available && words.liveUnavailable)
    case 'button':
      return list(item.label, item.value, item.selected === true && words.selected, words.button)
    case 'toggle':
      return list(item.label, item.on ? words.on : words.off, words.switch)
    case 'dialog':
      return item.question
    case 'reader':
      return list(item.headline, words.page(item.page, item.pages))
    case 'rowError':
    case 'status':
    case 'text':
      return 'message' in item ? item.message : item.text
  }
}

/**
 * One phrase for a focus change: the items that came into focus (or changed) from the outside in — a row's
 * title before its tile, a dialog's question before its answer — as sentences. Empty when nothing speaks.
 */
export function focusPhrase(items: readonly Speakable[], words: SpeechWords, now: number): string {
  return items
    .map((item) => itemPhrase(item, words, now).trim())
    .filter((text) => text !== '')
    .map((text) => (/[.?!…:]$/.test(text) ? text : `${text}.`))
    .join(' ')
}
