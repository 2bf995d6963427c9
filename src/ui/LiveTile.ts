import { Lightning } from '@lightningjs/sdk'
import { checkLiveStream, type LiveAvailability } from '../data/liveAvailability'
import type { LiveSettings } from '../data/settings'
import { testId } from './automation'
import { child } from './child'
import { LiveBadge } from './LiveBadge'
import { localeOf } from './localeOf'
import { settle } from './motion'
import { navigateTo } from './navigate'
import { focusOutline } from './rounded'
import { colors, focus, liveTile, radius, space, textStyle } from './theme'

interface LiveTileSpec extends Lightning.Component.TemplateSpec {
  live: LiveSettings | undefined
  checkStream: (url: string) => Promise<LiveAvailability>
  Outline: object
  Frame: { Card: LiveCardSpec }
}

interface LiveCardSpec {
  Poster: object
  Badge: typeof LiveBadge
  Title: object
  Note: object
}

const { posterW, titleY, noteY, title } = liveTile
const TEXT_X = posterW + space.m

/**
 * The live channel's entry on Home (automation id `live-tile`): a banner across title-safe at the top of
 * Home, with the poster and its LIVE badge, the channel name and a line saying what OK does. OK opens the
 * player (`#live`). Home hosts it as its leading row: `{ type: LiveTile, live: settings.appSettings.live }`
 * (see docs/live.md). No preview video on purpose: nothing plays, and nothing makes a sound, until asked.
 */
export class LiveTile
  extends Lightning.Component<LiveTileSpec>
  implements Lightning.Component.ImplementTemplateSpec<LiveTileSpec>
{
  private settings: LiveSettings | undefined
  private availability: LiveAvailability = 'unknown'
  private check: (url: string) => Promise<LiveAvailability> = (url) =>
    checkLiveStream(url, (target, init) => fetch(target, init))

  static override _template(): Lightning.Component.Template<LiveTileSpec> {
    const { w, h } = liveTile
    return {
      ...testId('live-tile'),
      w,
      h,
      Outline: focusOutline(w, h),
      // The card is composed into a texture (`rtt`) and drawn through the rounded-corner shader; `Frame`
      // keeps that result as a texture of its own, so the shader runs when the card changes, not every frame.
      Frame: {
        w,
        h,
        rtt: true,
        Card: {
          w,
          h,
          rect: true,
          color: colors.surface,
          rtt: true,
          shader: { type: Lightning.shaders.RoundedRectangle, radius: radius.m },
          // Until (or unless) the poster loads, the card's own surface colour shows behind the badge.
          Poster: { w: posterW, h, visible: false },
          Badge: { type: LiveBadge, x: space.s, y: space.s },
          Title: {
            x: TEXT_X,
            y: titleY,
            text: {
              text: '',
              ...textStyle.title,
              fontSize: title.fontSize,
              lineHeight: title.lineHeight,
              maxLines: 1,
              wordWrapWidth: w - TEXT_X - space.m,
            },
          },
          Note: {
            x: TEXT_X,
            y: noteY,
            text: {
              text: '',
              ...textStyle.label,
              textColor: colors.text,
              maxLines: 1,
              wordWrapWidth: w - TEXT_X - space.m,
            },
          },
        },
      },
    }
  }

  /**
   * Lightning mirrors an `rtl` layout when it places elements on screen, but not inside a render-to-texture
   * frame, which is where the card is composed: so in an RTL interface the card is laid out mirrored here
   * (poster on the right, title and note ending just left of it).
   */
  override _init(): void {
    if (localeOf(this).dir !== 'rtl') return
    const { w } = liveTile
    // A fixed width to align in; Lightning itself swaps the left alignment to the right under `rtl`.
    const text = { w: w - TEXT_X - space.m }
    child(this, 'Frame.Card').patch({
      Poster: { x: w - posterW },
      // Where it sits on the poster's artwork in either direction: its top-left corner.
      Badge: { x: w - posterW + space.s },
      Title: { x: space.m, text },
      Note: { x: space.m, text },
    })
  }

  /** Replaces the availability probe (tests; platforms without fetch). Set before `live`. */
  set checkStream(check: (url: string) => Promise<LiveAvailability>) {
    this.check = check
  }

  set live(live: LiveSettings | undefined) {
    this.settings = live
    this.visible = live !== undefined
    if (!live) return
    child(this, 'Frame.Card.Title').text = { text: live.title }
    // Until (or unless) the poster loads, the card's own surface colour shows behind the badge and title.
    const poster = child(this, 'Frame.Card.Poster')
    // Lightning's image loader only takes absolute URLs: resolve a bundled path against the page.
    // Cropped to fill (cover): a poster of whatever shape fills the banner's 16:9 slot without stretching.
    poster.patch(
      live.poster
        ? {
            texture: {
              type: Lightning.textures.ImageTexture,
              src: new URL(live.poster, document.baseURI).href,
              resizeMode: { type: 'cover', w: posterW, h: liveTile.h },
            },
            visible: true,
          }
        : { visible: false },
    )
    this.setAvailability('unknown')
    void this.recheck()
  }

  /** Asks whether the stream can be played now; resolves to what the tile then shows. */
  private async recheck(): Promise<LiveAvailability> {
    const url = this.settings?.url
    if (url === undefined) return 'unknown'
    const availability = await this.check(url)
    if (this.settings?.url === url) this.setAvailability(availability)
    return availability
  }

  get live(): LiveSettings | undefined {
    return this.settings
  }

  get isAvailable(): boolean {
    return this.availability !== 'unavailable'
  }

  private setAvailability(availability: LiveAvailability | 'checking'): void {
    if (availability !== 'checking') this.availability = availability
    const words = localeOf(this).t.home
    child(this, 'Frame.Card.Note').text = {
      text:
        availability === 'checking'
          ? words.liveChecking
          : availability === 'unavailable'
            ? words.liveUnavailable
            : words.liveReady,
    }
    child(this, 'Frame.Card.Badge').alpha = availability === 'unavailable' ? 0.4 : 1
  }

  /** Light motion (low drawing quality): focus shows at once. */
  light = false

  override _focus(): void {
    settle(this, 'scale', focus.scale, this.light)
    settle(child(this, 'Outline'), 'alpha', 1, this.light)
  }

  override _unfocus(): void {
    settle(this, 'scale', 1, this.light)
    settle(child(this, 'Outline'), 'alpha', 0, this.light)
  }

  override _handleEnter(): boolean {
    if (!this.settings) return false
    if (this.availability === 'unavailable') {
      // Retry: check again, and play if the stream is back (the viewer asked to watch).
      this.setAvailability('checking')
      void this.recheck().then((availability) => {
        if (availability !== 'unavailable' && this.hasFocus()) this.openPlayer()
      })
      return true
    }
    this.openPlayer()
    return true
  }

  private openPlayer(): void {
    // viewerAsked: the player may start with sound (a launch straight into #live starts muted).
    navigateTo(this, 'live', { viewerAsked: true })
  }
}

/**
 * The live tile as one leading entry of Home's column (issue #4's `HomePage.leading`): structurally a
 * WindowedColumn `ColumnEntry`, so Home's route only needs `page.leading = live ? [liveTileEntry(live)] : []`.
 */
export function liveTileEntry(
  live: LiveSettings,
  light = false,
): {
  key: string
  height: number
  focusable: boolean
  create(): Lightning.Element.PatchTemplate
} {
  return {
    key: 'live',
    height: liveTile.h,
    focusable: true,
    create: () => ({ type: LiveTile, live, light }) as Lightning.Element.PatchTemplate,
  }
}
