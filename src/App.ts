import { type Lightning, Router } from '@lightningjs/sdk'
import { fontFaces } from './fonts'
import { exitApp } from './platform/exit'
import { createRoutes } from './routes'
import type { Services } from './services'
import { ConfirmDialog } from './ui/ConfirmDialog'
import { colors, stage } from './ui/theme'

/**
 * Builds the root component. The class closes over `services` so routes and pages receive what they need
 * explicitly; the SDK's `Launch` only takes a class.
 */
export function createApp(services: Services) {
  return class App extends Router.App {
    static getFonts() {
      return fontFaces
    }

    static override _template(): Lightning.Component.Template {
      return {
        // Behind every page. Pages that show video (live) hide it to keep the stage transparent there.
        Background: { w: stage.w, h: stage.h, rect: true, color: colors.background, zIndex: -1 },
        ...super._template(),
        ExitDialog: { type: ConfirmDialog, visible: false, zIndex: 200 },
      }
    }

    override _setup(): void {
      Router.startRouter(createRoutes(services), this)
    }

    private get exitDialog(): ConfirmDialog {
      return this.tag('ExitDialog') as ConfirmDialog
    }

    /**
     * The Router calls this when Back is pressed with no history left. On Home that means "leave the app?";
     * anywhere else (a deep link opened cold) Back goes Home rather than out of the app.
     */
    override _handleAppClose(): void {
      if (Router.getActiveHash() !== 'home') {
        Router.navigate('home', {}, false)
        return
      }
      this.exitDialog.open({
        title: 'Exit Lightwire?',
        message: 'You can come back to the latest stories at any time.',
        confirmLabel: 'Exit',
        cancelLabel: 'Stay',
        testIds: { confirm: 'exit-yes', cancel: 'exit-no' },
        handlers: {
          onConfirm: () => exitApp(this.application),
          onCancel: () => this._refocus(),
        },
      })
      this._refocus()
    }

    /** The live page hides the background so the video under the transparent canvas shows. */
    $showBackdrop(visible: boolean): void {
      const background = this.tag('Background')
      if (background) background.visible = visible
    }

    override _getFocused(): Lightning.Component | null | undefined {
      return this.exitDialog.isOpen ? this.exitDialog : super._getFocused()
    }
  }
}
