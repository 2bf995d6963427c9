import { Lightning } from '@lightningjs/sdk'
import type { FeedError } from '../../data/model'
import type { Locale } from '../../i18n/locale'
import { testId } from '../../ui/automation'
import { child } from '../../ui/child'
import { feedErrorText } from '../../ui/feedErrorText'
import { localeOf } from '../../ui/localeOf'
import { MessagePanel } from '../../ui/MessagePanel'
import type { ColumnEntry } from '../../ui/WindowedColumn'

interface FullScreenErrorSpec extends Lightning.Component.TemplateSpec {
  Panel: typeof MessagePanel
}

/**
 * Home's last resort (`error`), shown only when not one section has anything to show: what happened, and a
 * focused `retry`. The moment a section arrives, Home's rows replace it.
 */
export class FullScreenError
  extends Lightning.Component<FullScreenErrorSpec>
  implements Lightning.Component.ImplementTemplateSpec<FullScreenErrorSpec>
{
  static override _template(): Lightning.Component.Template<FullScreenErrorSpec> {
    return {
      ...testId('error'),
      Panel: {
        type: MessagePanel,
      },
    }
  }

  override _init(): void {
    const words = localeOf(this).t
    child(this, 'Panel').patch({
      title: words.home.noStoriesTitle,
      action: { label: words.app.retry, id: 'retry' },
    })
  }

  set message(value: string) {
    child(this, 'Panel').message = value
  }

  override _getFocused(): Lightning.Component {
    return child(this, 'Panel')
  }
}

/** What to tell the viewer: the one feed's own reason, or a summary when several failed. */
export function errorMessage(
  sections: readonly { title: string; error?: FeedError }[],
  locale: Locale,
): string {
  const words = locale.t.home
  if (sections.length === 0) return words.noSections
  const errors = sections.flatMap((section) => section.error ?? [])
  const [only] = errors
  if (!only) return words.noStories
  if (errors.length === 1) return words.oneFailed(feedErrorText(only, locale))
  return locale.plural(words.allFailed, errors.length)
}

export const INLINE_ERROR_KEY = 'error'

/**
 * The same message as a row of Home's column, for when leading rows (the live channel) still work: the viewer
 * keeps the live tile and finds Retry one press below it.
 */
export function inlineErrorEntry(message: string): ColumnEntry {
  return {
    key: INLINE_ERROR_KEY,
    height: 360,
    focusable: true,
    // In the column the row's own position applies, not the panel's full-screen one.
    create: () => ({ type: FullScreenError, Panel: { x: 0, y: 0 } }) as Lightning.Element.PatchTemplate,
    update: (element) => {
      if (element instanceof FullScreenError) element.message = message
    },
  }
}
