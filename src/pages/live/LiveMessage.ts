import { Lightning } from '@lightningjs/sdk'
import { setTestId } from '../../ui/automation'
import { Button } from '../../ui/Button'
import { child } from '../../ui/child'
import { roundedPanel } from '../../ui/roundedPanel'
import type { Speakable } from '../../ui/speech/speakable'
import { colors, radius, safe, space, stage, textStyle } from '../../ui/theme'
import { liveLayout } from './layout'

interface LiveMessageSpec extends Lightning.Component.TemplateSpec {
  Panel: {
    Box: object
    Headline: object
    Detail: object
    Action: typeof Button
  }
}

const { panelW: PANEL_W, textW: TEXT_W, buttonH: BUTTON_H, centreY: CENTRE_Y } = liveLayout.message

export interface MessageAction {
  label: string
  /** Automation id of the button (`retry`, `live-home`). */
  id: string
}

/**
 * A centred panel over the video: a headline, a sentence and optionally one button. The live screen uses
 * one for passing states (connecting, buffering, reconnecting, paused) and one for states that need the
 * viewer (failed, ended), whose button takes the focus. The panel's fill is a shared rounded texture
 * (src/ui/rounded.ts), re-made for each height the text gives it, not a per-frame corner shader that the text
 * and button would be drawn through too.
 */
export class LiveMessage
  extends Lightning.Component<LiveMessageSpec>
  implements Lightning.Component.ImplementTemplateSpec<LiveMessageSpec>
{
  static override _template(): Lightning.Component.Template<LiveMessageSpec> {
    return {
      w: stage.w,
      h: stage.h,
      visible: false,
      Panel: {
        x: (stage.w - PANEL_W) / 2,
        w: PANEL_W,
        Box: {},
        Headline: {
          x: PANEL_W / 2,
          mountX: 0.5,
          y: space.l,
          text: { text: '', ...textStyle.headline, textAlign: 'center', wordWrapWidth: TEXT_W, maxLines: 2 },
        },
        Detail: {
          x: PANEL_W / 2,
          mountX: 0.5,
          text: { text: '', ...textStyle.bodyMuted, textAlign: 'center', wordWrapWidth: TEXT_W, maxLines: 3 },
        },
        Action: { type: Button, x: PANEL_W / 2, mountX: 0.5, visible: false },
      },
    }
  }

  override _init(): void {
    const panel = child(this, 'Panel')
    child(panel, 'Headline').on('txLoaded', () => this.layout())
    child(panel, 'Detail').on('txLoaded', () => this.layout())
  }

  /** Shows the panel (empty headline and detail hide it). */
  show(headline: string, detail: string, action?: MessageAction): void {
    const panel = child(this, 'Panel')
    child(panel, 'Headline').text = { text: headline }
    child(panel, 'Detail').text = { text: detail }
    const button = child(panel, 'Action')
    button.visible = action !== undefined
    if (action) {
      button.label = action.label
      setTestId(button, action.id)
    }
    this.visible = headline !== '' || detail !== ''
    this.layout()
    this._refocus()
  }

  hide(): void {
    this.visible = false
    this._refocus()
  }

  get hasAction(): boolean {
    return this.visible && child(this, 'Panel.Action').visible
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.hasAction ? child(this, 'Panel.Action') : undefined
  }

  /** The problem as voice guidance says it; its button (Retry, Go to Home) speaks after it. */
  speech(): Speakable {
    const panel = child(this, 'Panel')
    const text = [child(panel, 'Headline'), child(panel, 'Detail')].map((part) =>
      String(part.text?.text ?? ''),
    )
    return { kind: 'text', text: text.filter(Boolean).join('. ') }
  }

  /** Stacks headline, detail and button, then centres the panel vertically. */
  private layout(): void {
    const panel = child(this, 'Panel')
    const headline = child(panel, 'Headline')
    const detail = child(panel, 'Detail')
    const button = child(panel, 'Action')
    const headlineText = String(headline.text?.text ?? '')
    const detailText = String(detail.text?.text ?? '')
    let y = space.l
    headline.visible = headlineText !== ''
    if (headline.visible) y += Math.max(headline.renderHeight, textStyle.headline.lineHeight) + space.s
    detail.visible = detailText !== ''
    detail.y = y
    if (detail.visible) y += Math.max(detail.renderHeight, textStyle.bodyMuted.lineHeight) + space.s
    if (button.visible) {
      button.y = y + space.s
      y += space.s + BUTTON_H + space.s
    }
    if (panel.h !== y + space.m) {
      panel.h = y + space.m
      child(panel, 'Box').patch(roundedPanel(PANEL_W, panel.h, radius.m, colors.scrim))
    }
    panel.y = Math.max(safe.title.y, CENTRE_Y - panel.h / 2)
  }
}
