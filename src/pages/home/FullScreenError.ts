import { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { Button } from '../../ui/Button'
import { safe, textStyle } from '../../ui/theme'

interface FullScreenErrorSpec extends Lightning.Component.TemplateSpec {
  Title: object
  Message: object
  Retry: typeof Button
}

/**
 * Home's last resort (`error`), shown only when not one section has anything to show: what happened, and a
 * focused `retry`. As soon as any section arrives, Home's rows replace it.
 */
export class FullScreenError
  extends Lightning.Component<FullScreenErrorSpec>
  implements Lightning.Component.ImplementTemplateSpec<FullScreenErrorSpec>
{
  static override _template(): Lightning.Component.Template<FullScreenErrorSpec> {
    return {
      ...testId('error'),
      x: safe.title.x,
      y: 300,
      Title: { text: { text: 'No stories to show right now', ...textStyle.headline } },
      Message: {
        y: 100,
        text: {
          text: '',
          ...textStyle.bodyMuted,
          wordWrapWidth: 1200,
          maxLines: 4,
        },
      },
      Retry: { type: Button, y: 280, label: 'Retry', ...testId('retry') },
    }
  }

  set message(value: string) {
    this.tag('Message')!.text = { text: value }
  }

  override _getFocused(): Lightning.Component {
    return this.tag('Retry')!
  }
}

/** What to tell the viewer: the feeds' own reasons (deduplicated), or why there is nothing at all. */
export function errorMessage(sections: readonly { title: string; error?: { message: string } }[]): string {
  if (sections.length === 0) return 'No news sections are set up yet. Add feeds to settings.json.'
  const reasons = [...new Set(sections.map((section) => section.error?.message).filter(Boolean))]
  const detail =
    reasons.length > 0 ? reasons.slice(0, 2).join(' ') : 'The feeds have no stories at the moment.'
  return `${detail} Check the connection and try again.`
}
