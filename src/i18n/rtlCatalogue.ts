import type { LocaleWords, Plural } from './catalogue'

/** U+202B RIGHT-TO-LEFT EMBEDDING … U+202C POP DIRECTIONAL FORMATTING. */
const RLE = '\u202b'
const PDF = '\u202c'
const embed = (text: string) => `${RLE}${text}${PDF}`

type Phrase = string | ((...args: string[]) => string)

/**
 * Every phrase of an RTL language's catalogue, embedded right to left. Lightning draws a line with one
 * left-to-right canvas call, so "يعمل على Desktop browser" or a sentence's final full stop would otherwise be
 * laid out from the left; the embedding gives each phrase the right-to-left base it is written in.
 */
export function embedRtl<Words extends LocaleWords>(catalogue: Words): Words {
  const phrase = (value: Phrase): Phrase =>
    typeof value === 'string' ? embed(value) : (...args: string[]) => embed(value(...args))
  const plural = (value: Plural): Plural => {
    const forms: Plural = { plural: true, other: (count) => embed(value.other(count)) }
    for (const category of ['zero', 'one', 'two', 'few', 'many'] as const) {
      const form = value[category]
      if (form) forms[category] = (count) => embed(form(count))
    }
    return forms
  }
  const groups = Object.entries(catalogue).map(([group, keys]) => [
    group,
    Object.fromEntries(
      Object.entries(keys as Record<string, Phrase | Plural>).map(([key, value]) => [
        key,
        typeof value === 'object' ? plural(value) : phrase(value),
      ]),
    ),
  ])
  // The mapping keeps every key and parameter list, which the catalogue's type cannot see through entries().
  return Object.fromEntries(groups) as Words
}
