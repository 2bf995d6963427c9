import { Lightning } from '@lightningjs/sdk'
import { child } from './child'
import { roundedPanel } from './roundedPanel'
import { colors, radius } from './theme'

interface SkeletonSpec extends Lightning.Component.TemplateSpec {
  Block: object
}

/**
 * A grey block standing in for content that is on its way, with a slow breathing pulse so the screen reads as
 * "loading" rather than "broken". Not focusable. Size it with `w` and `h`.
 */
export class Skeleton
  extends Lightning.Component<SkeletonSpec>
  implements Lightning.Component.ImplementTemplateSpec<SkeletonSpec>
{
  private pulse: Lightning.types.Animation | undefined

  static override _template(): Lightning.Component.Template<SkeletonSpec> {
    return {
      Block: {},
    }
  }

  override _firstActive(): void {
    child(this, 'Block').patch(roundedPanel(this.w, this.h, radius.s, colors.surface))
  }

  override _active(): void {
    this.pulse = this.animation({
      duration: 1.6,
      repeat: -1,
      actions: [{ t: 'Block', p: 'alpha', v: { 0: 1, 0.5: 0.55, 1: 1 } }],
    })
    this.pulse.start()
  }

  override _inactive(): void {
    this.pulse?.stop()
    this.pulse = undefined
  }
}
