import { Lightning } from '@lightningjs/sdk'
import { colors, radius, space, textStyle } from './theme'

interface LiveBadgeSpec extends Lightning.Component.TemplateSpec {
  Dot: object
  Label: object
}

export const LIVE_BADGE_H = 40

/** The red "● LIVE" pill: marks the live channel on Home and in the player's overlay. */
export class LiveBadge
  extends Lightning.Component<LiveBadgeSpec>
  implements Lightning.Component.ImplementTemplateSpec<LiveBadgeSpec>
{
  static override _template(): Lightning.Component.Template<LiveBadgeSpec> {
    return {
      w: 112,
      h: LIVE_BADGE_H,
      rect: true,
      color: colors.live,
      shader: { type: Lightning.shaders.RoundedRectangle, radius: radius.s },
      Dot: {
        x: space.s,
        y: (LIVE_BADGE_H - 12) / 2,
        w: 12,
        h: 12,
        rect: true,
        color: colors.text,
        shader: { type: Lightning.shaders.RoundedRectangle, radius: 6 },
      },
      Label: {
        x: space.s + 12 + space.xs,
        text: { text: 'LIVE', ...textStyle.labelStrong, lineHeight: LIVE_BADGE_H, verticalAlign: 'middle' },
      },
    }
  }

  override _init(): void {
    const label = this.tag('Label')!
    label.on('txLoaded', () => {
      this.w = label.x + label.renderWidth + space.s
    })
  }
}
