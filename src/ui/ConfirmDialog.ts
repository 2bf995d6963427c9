import { Lightning } from '@lightningjs/sdk'
import { setTestId } from './automation'
import { Button } from './Button'
import { child } from './child'
import { roundedPanel } from './roundedPanel'
import type { Speakable } from './speech/speakable'
import { button, colors, dialog, radius, space, stage, textStyle } from './theme'

interface ConfirmDialogSpec extends Lightning.Component.TemplateSpec {
  Scrim: object
  Panel: {
    Box: object
    Title: object
    Message: object
    Yes: typeof Button
    No: typeof Button
  }
}

export interface ConfirmDialogEvents {
  /** The viewer chose the confirming action. */
  onConfirm(): void
  /** The viewer chose to stay (or pressed Back). */
  onCancel(): void
}

const { w: PANEL_W, h: PANEL_H } = dialog
/** The buttons' top: a margin above the panel's bottom. */
const BUTTONS_Y = PANEL_H - space.xl - button.h

/**
 * A modal yes/no question, e.g. "Exit Lightwire?". The safe choice (`No`) is focused first; Back means No.
 * It swallows every other key so focus cannot wander behind it. A chunk of its own, loaded on the first Back
 * at Home (App.ts): start-up neither downloads nor builds it.
 */
export class ConfirmDialog
  extends Lightning.Component<ConfirmDialogSpec>
  implements Lightning.Component.ImplementTemplateSpec<ConfirmDialogSpec>
{
  private choice: 'Yes' | 'No' = 'No'
  private handlers: ConfirmDialogEvents | undefined

  static override _template(): Lightning.Component.Template<ConfirmDialogSpec> {
    return {
      w: stage.w,
      h: stage.h,
      Scrim: { w: stage.w, h: stage.h, rect: true, color: colors.scrim },
      Panel: {
        x: (stage.w - PANEL_W) / 2,
        y: (stage.h - PANEL_H) / 2,
        w: PANEL_W,
        h: PANEL_H,
        // A rounded panel (src/ui/roundedPanel.ts), not the per-frame corner shader the text would share.
        Box: roundedPanel(PANEL_W, PANEL_H, radius.m, colors.backgroundRaised),
        Title: {
          x: space.xl,
          y: space.xl,
          text: { text: '', ...textStyle.headline },
        },
        Message: {
          x: space.xl,
          y: space.xl + dialog.messageDy,
          text: {
            text: '',
            ...textStyle.bodyMuted,
            wordWrapWidth: PANEL_W - 2 * space.xl,
          },
        },
        No: { type: Button, x: space.xl, y: BUTTONS_Y, label: '' },
        Yes: { type: Button, x: space.xl + dialog.buttonStep, y: BUTTONS_Y, label: '' },
      },
    }
  }

  /** Shows the dialog with its texts and ids; the first focus goes to the safe choice. */
  open(options: {
    title: string
    message: string
    confirmLabel: string
    cancelLabel: string
    testIds: { confirm: string; cancel: string }
    handlers: ConfirmDialogEvents
  }): void {
    const panel = child(this, 'Panel')
    child(panel, 'Title').text = { text: options.title }
    child(panel, 'Message').text = { text: options.message }
    const yes = child(panel, 'Yes')
    const no = child(panel, 'No')
    yes.label = options.confirmLabel
    no.label = options.cancelLabel
    setTestId(yes, options.testIds.confirm)
    setTestId(no, options.testIds.cancel)
    this.handlers = options.handlers
    this.choice = 'No'
    this.visible = true
    this._refocus()
  }

  close(): void {
    this.visible = false
    this.handlers = undefined
  }

  get isOpen(): boolean {
    return this.visible
  }

  /** Voice guidance says the question when focus enters the dialog; the focused answer follows. */
  speech(): Speakable {
    return { kind: 'dialog', question: String(child(child(this, 'Panel'), 'Title').text?.text ?? '') }
  }

  override _getFocused(): Lightning.Component {
    return child(child(this, 'Panel'), this.choice)
  }

  override _handleLeft(): void {
    this.choice = 'No'
  }

  override _handleRight(): void {
    this.choice = 'Yes'
  }

  override _handleEnter(): void {
    const handlers = this.handlers
    const confirmed = this.choice === 'Yes'
    this.close()
    if (confirmed) handlers?.onConfirm()
    else handlers?.onCancel()
  }

  override _handleBack(): void {
    const handlers = this.handlers
    this.close()
    handlers?.onCancel()
  }

  /** Modal: nothing behind the dialog reacts while it is open. */
  override _handleKey(): boolean {
    return true
  }
}
