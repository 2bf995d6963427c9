import { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { child } from '../../ui/child'
import { Header } from '../../ui/Header'
import { LiveBadge } from '../../ui/LiveBadge'
import { localeOf } from '../../ui/localeOf'
import { colors, safe, stage, textStyle } from '../../ui/theme'
import { liveLayout } from './layout'
import { liveWords } from './liveWords'

interface LiveOverlaySpec extends Lightning.Component.TemplateSpec {
  TopShade: object
  Header: typeof Header
  BottomShade: { Band: object }
  Badge: typeof LiveBadge
  Channel: object
  Hint: object
  HeadlinesLabel: object
  Headlines: object
}

/** How long the overlay stays after the last key press, ms. */
export const OVERLAY_MS = 5_000
const MAX_HEADLINES = 3
const { overlay } = liveLayout
const { headlineStep: HEADLINE_STEP, textW: TEXT_W, bottomShade } = overlay

/**
 * The player's info layer: brand and clock on top, the channel and the current top headlines at the
 * bottom, over gradients that keep text legible on any picture while leaving the middle of the video clear.
 * It appears on a key press and fades after OVERLAY_MS; the page owns the timing.
 */
export class LiveOverlay
  extends Lightning.Component<LiveOverlaySpec>
  implements Lightning.Component.ImplementTemplateSpec<LiveOverlaySpec>
{
  private hideTimer: ReturnType<typeof setTimeout> | undefined

  static override _template(): Lightning.Component.Template<LiveOverlaySpec> {
    return {
      ...testId('live-overlay'),
      w: stage.w,
      h: stage.h,
      alpha: 0,
      TopShade: {
        w: stage.w,
        h: overlay.topShadeH,
        rect: true,
        colorTop: colors.scrim,
        colorBottom: colors.transparent,
      },
      Header: { type: Header },
      // A short fade into an even dark band: text over it reads on the brightest picture.
      BottomShade: {
        y: bottomShade.y,
        w: stage.w,
        h: bottomShade.fadeH,
        rect: true,
        colorTop: colors.transparent,
        colorBottom: colors.scrim,
        Band: { y: bottomShade.fadeH, w: stage.w, h: bottomShade.bandH, rect: true, color: colors.scrim },
      },
      Badge: { type: LiveBadge, x: safe.title.x, y: overlay.badgeY },
      Channel: {
        x: overlay.channel.x,
        y: overlay.channel.y,
        text: { text: '', ...textStyle.title, maxLines: 1, wordWrapWidth: overlay.channel.w },
      },
      Hint: {
        x: safe.title.right,
        mountX: 1,
        y: overlay.hintY,
        text: { text: '', ...textStyle.label },
      },
      HeadlinesLabel: {
        x: safe.title.x,
        y: overlay.headlinesLabelY,
        text: { text: '', ...textStyle.labelStrong, textColor: colors.accent },
      },
      Headlines: { x: safe.title.x, y: overlay.headlinesY, ...testId('live-headlines') },
    }
  }

  override _init(): void {
    const words = liveWords(localeOf(this))
    child(this, 'Header').context = words.title
    child(this, 'Hint').text = { text: words.hintPlaying }
    child(this, 'HeadlinesLabel').text = { text: words.topHeadlines }
  }

  set channel(title: string) {
    child(this, 'Channel').text = { text: title }
  }

  /** One text node per headline (single line, ellipsis), so a long title never becomes a tall texture. */
  set headlines(titles: readonly string[]) {
    const shown = titles.slice(0, MAX_HEADLINES)
    child(this, 'HeadlinesLabel').visible = shown.length > 0
    child(this, 'Headlines').children = shown.map((title, index) => ({
      y: index * HEADLINE_STEP,
      text: { text: title, ...textStyle.body, maxLines: 1, wordWrapWidth: TEXT_W, textOverflow: 'ellipsis' },
    }))
  }

  set hint(text: string) {
    child(this, 'Hint').text = { text }
  }

  get isShown(): boolean {
    return this.hideTimer !== undefined
  }

  /** Shows the overlay now and (re)starts its fade-out countdown. */
  show(ms = OVERLAY_MS): void {
    this.setSmooth('alpha', 1, { duration: 0.2 })
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer)
    this.hideTimer = setTimeout(() => this.hide(), ms)
  }

  hide(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer)
    this.hideTimer = undefined
    this.setSmooth('alpha', 0, { duration: 0.6 })
  }

  override _detach(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer)
    this.hideTimer = undefined
  }
}
