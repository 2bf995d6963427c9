import { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { child } from '../../ui/child'
import { localeOf } from '../../ui/localeOf'
import { GoHomePanel } from '../not-found/GoHomePanel'
import { storyWords } from './storyWords'

interface StoryMissingSpec extends Lightning.Component.TemplateSpec {
  Panel: typeof GoHomePanel
}

/**
 * A story that is not (or no longer) in any feed — an old deep link, a story that dropped out of its feed.
 * The same friendly `not-found` as unknown routes, worded for a story, with one way forward: Home.
 */
export class StoryMissing
  extends Lightning.Component<StoryMissingSpec>
  implements Lightning.Component.ImplementTemplateSpec<StoryMissingSpec>
{
  static override _template(): Lightning.Component.Template<StoryMissingSpec> {
    return {
      ...testId('not-found'),
      Panel: { type: GoHomePanel },
    }
  }

  override _init(): void {
    const locale = localeOf(this)
    const words = storyWords(locale)
    child(this, 'Panel').patch({
      title: words.missingTitle,
      message: words.missingMessage,
      action: { label: locale.t.app.goHome, id: 'not-found-home' },
    })
  }

  override _getFocused(): Lightning.Component {
    return child(this, 'Panel')
  }
}
