import { Lightning } from '@lightningjs/sdk'
import type { Page } from '../../data/paginate'
import { localeOf } from '../../ui/localeOf'
import { alignedTo } from '../../ui/text/directedText'
import { story as storyTheme, type TextStyle } from '../../ui/theme'

/**
 * One page of body text: a text node per paragraph fragment, lines exactly as the paginator broke them
 * (word wrap off), so no texture is taller than a page. Turning the page swaps the nodes and slides the new
 * page in from the direction of travel.
 */
export class StoryBody extends Lightning.Component {
  /** Draws `page` in `style`; `direction` 1 = forward (slides up), -1 = back, 0 = no motion. */
  show(page: Page | undefined, style: TextStyle, direction: -1 | 0 | 1): void {
    const width = storyTheme.column.w
    this.children = (page?.fragments ?? []).map((fragment) => ({
      y: fragment.y,
      text: {
        ...style,
        // Canvas text runs left-to-right; an RTL embedding per line puts end punctuation where it belongs.
        text: fragment.lines
          .map((line) => (fragment.rtl ? `\u202b${line.text}\u202c` : line.text))
          .join('\n'),
        wordWrap: false,
        // Each paragraph sits against its own reading edge of the column, in either interface direction.
        ...alignedTo(fragment.rtl ? 'rtl' : 'ltr', localeOf(this).dir, width),
      },
    }))
    if (direction === 0) {
      // A slide still running from an earlier turn would carry y on to its old target (the first page's
      // lower rest, say, under a later page's taller body): stop it, then place the page.
      this.transition('y').stop()
      this.transition('alpha').stop()
      this.patch({ alpha: 1, y: this.restY })
      return
    }
    this.patch({ alpha: 0.2, y: this.restY + direction * storyTheme.pageShift })
    this.patch({
      smooth: {
        alpha: [1, { duration: storyTheme.pageTurn }],
        y: [this.restY, { duration: storyTheme.pageTurn }],
      },
    })
  }

  /** Where the body rests (set by the reader: lower on the first page, under the headline). */
  restY = 0

  /** The text drawn, fragment by fragment (for tests and the announcer). */
  get texts(): string[] {
    return this.children.map((child) => String(child.text?.text ?? '').replace(/[\u202b\u202c]/g, ''))
  }
}
