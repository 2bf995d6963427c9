/**
 * The bare Lightning page the app's figures are compared with: core + SDK Launch, one line of text (two
 * labels Left/Right move focus between, so key latency and frame times have a baseline too), built with the
 * app's own Vite settings. It marks `lightwire:interactive` and exposes the automation hooks as the app does.
 */
import { Launch, Lightning } from '@lightningjs/sdk'
import { exposeAutomationHooks } from '../../src/platform/automationHooks'
import { markWhenInteractive } from '../../src/platform/interactiveMark'
import { testId } from '../../src/ui/automation'

/** Only components can hold focus in Lightning: a bare text element wrapped as one. */
class Label extends Lightning.Component {}

class Baseline extends Lightning.Component {
  private index = 0

  static override _template(): Lightning.Component.Template {
    return {
      A: { type: Label, x: 192, y: 106, text: { text: 'Baseline A', fontSize: 40 }, ...testId('baseline-a') },
      B: { type: Label, x: 592, y: 106, text: { text: 'Baseline B', fontSize: 40 }, ...testId('baseline-b') },
    }
  }

  override _getFocused(): Lightning.Component {
    return this.tag(this.index === 0 ? 'A' : 'B') as Lightning.Component
  }

  override _handleLeft(): void {
    this.index = 0
  }

  override _handleRight(): void {
    this.index = 1
  }

  override _focusChange(): void {
    this.tag('A').alpha = this.index === 0 ? 1 : 0.5
    this.tag('B').alpha = this.index === 1 ? 1 : 0.5
  }
}

const app = Launch(
  Baseline,
  { stage: { w: 1920, h: 1080, precision: 1 }, debug: false, enablePointer: false, keys: {} },
  { path: './static' },
)
document.body.appendChild(app.stage.getCanvas())
markWhenInteractive(app, false)
exposeAutomationHooks(app)
