import { Lightning } from '@lightningjs/sdk'
import { child } from './child'
import { localeOf } from './localeOf'
import { roundedBox } from './rounded'
import { colors, liveBadge, radius, space, textStyle } from './theme'

interface LiveBadgeSpec extends Lightning.Component.TemplateSpec {
  label: string
  Box: object
  Dot: object
  Label: object
}

const { h: LIVE_BADGE_H, minW: INITIAL_W, dot: DOT } = liveBadge

/**
 * The red "● LIVE" pill: marks the live channel on Home and in the player's overlay. Drawn with shared rounded
 * textures (src/ui/rounded.ts), not the per-frame corner shader that its label would be drawn through too.
 */
export class LiveBadge
  extends Lightning.Component<LiveBadgeSpec>
  implements Lightning.Component.ImplementTemplateSpec<LiveBadgeSpec>
{
  static override _template(): Lightning.Component.Template<LiveBadgeSpec> {
    return {
      w: INITIAL_W,
      h: LIVE_BADGE_H,
      Box: roundedBox(INITIAL_W, LIVE_BADGE_H, radius.s, colors.live),
      Dot: roundedBox(DOT, DOT, DOT / 2, colors.text, space.s, (LIVE_BADGE_H - DOT) / 2),
      Label: {
        x: space.s + DOT + space.xs,
        text: { text: '', ...textStyle.labelStrong, lineHeight: LIVE_BADGE_H, verticalAlign: 'middle' },
      },
    }
  }

  /** Its own label, when not the catalogue's "LIVE" (the breaking-news banner's says "BREAKING"). */
  private ownLabel: string | undefined

  set label(value: string) {
    this.ownLabel = value
    child(this, 'Label').text = { text: value }
  }

  override _init(): void {
    const label = child(this, 'Label')
    label.on('txLoaded', () => {
      this.w = label.x + label.renderWidth + space.s
      child(this, 'Box').patch(roundedBox(this.w, LIVE_BADGE_H, radius.s, colors.live))
    })
    label.text = { text: this.ownLabel ?? localeOf(this).t.home.liveBadge }
  }
}
