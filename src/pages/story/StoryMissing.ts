import { Lightning, Router } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { Button } from '../../ui/Button'
import { safe, space, textStyle } from '../../ui/theme'

interface StoryMissingSpec extends Lightning.Component.TemplateSpec {
  Title: object
  Message: object
  Home: typeof Button
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
      Title: {
        x: safe.title.x,
        y: 300,
        text: { text: 'This story is no longer available', ...textStyle.headline },
      },
      Message: {
        x: safe.title.x,
        y: 300 + textStyle.headline.lineHeight + space.m,
        text: {
          text: 'It may have been taken down or moved out of the news feeds. The latest stories are on Home.',
          ...textStyle.bodyMuted,
          wordWrapWidth: 1200,
        },
      },
      Home: { type: Button, x: safe.title.x, y: 520, label: 'Go to Home', ...testId('not-found-home') },
    }
  }

  override _getFocused(): Lightning.Component {
    return this.tag('Home') as Button
  }

  override _handleEnter(): boolean {
    Router.navigate('home', {}, false)
    return true
  }
}
