import type { Button } from '../Button'
import { child } from '../child'
import type { Hero } from '../Hero'
import type { LiveTile } from '../LiveTile'
import type { MessagePanel } from '../MessagePanel'
import type { RowMessage } from '../RowMessage'
import type { StoryRow } from '../StoryRow'
import type { Tile } from '../Tile'
import { type Speakable, speaksItself } from './speakable'

/**
 * Home's component classes, handed in by the start-up code (main.ts) rather than imported here: importing
 * them into the speech chunk makes the bundler split them out of the start-up file into a shared chunk.
 */
export interface SpeakingClasses {
  Tile: typeof Tile
  StoryRow: typeof StoryRow
  Hero: typeof Hero
  LiveTile: typeof LiveTile
  RowMessage: typeof RowMessage
  Button: typeof Button
  MessagePanel: typeof MessagePanel
}

const textOf = (element: { text?: { text?: unknown } | null }): string => String(element.text?.text ?? '')

/**
 * What a focused element says about itself. Home's components are in the start-up bundle, so their speech is
 * described here, in the speech chunk, from what they already expose (a viewer who never turns guidance on
 * downloads none of it). Components of lazily loaded pages (the reader, Settings' pills) answer `speech()`
 * themselves, and that answer wins.
 */
export function describer(classes: SpeakingClasses): (element: unknown) => Speakable | undefined {
  return (element) => {
    if (speaksItself(element)) return element.speech()
    if (element instanceof classes.Tile) {
      const story = element.story
      if (!story) return undefined
      const { position, total } = element.place
      const publishedAt = story.publishedAt ?? story.updatedAt
      const mark = element.read ? 'read' : element.fresh ? 'new' : undefined
      return { kind: 'tile', headline: story.title, position, total, publishedAt, ...(mark ? { mark } : {}) }
    }
    if (element instanceof classes.StoryRow) {
      return element.section ? { kind: 'row', title: element.section.title } : undefined
    }
    if (element instanceof classes.Hero) {
      const story = element.story
      if (!story) return undefined
      const publishedAt = story.publishedAt ?? story.updatedAt
      return { kind: 'hero', headline: story.title, section: element.label, publishedAt }
    }
    if (element instanceof classes.LiveTile) {
      const live = element.live
      return live ? { kind: 'live', title: live.title, available: element.isAvailable } : undefined
    }
    if (element instanceof classes.RowMessage) {
      return { kind: 'rowError', message: textOf(child(element, 'Message')) }
    }
    if (element instanceof classes.MessagePanel) {
      const title = textOf(child(element, 'Title'))
      const message = textOf(child(element, 'Message'))
      return { kind: 'text', text: message ? `${title}. ${message}` : title }
    }
    if (element instanceof classes.Button) return { kind: 'button', label: element.label }
    return undefined
  }
}
