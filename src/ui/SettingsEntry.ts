import { Button } from './Button'

declare module '@lightningjs/core' {
  namespace Component {
    interface FireAncestorsMap {
      /** Open Settings (App handles it, like the Options/Menu key). */
      $openSettings(): void
    }
  }
}

/**
 * The header's way into Settings (`header-settings`), for remotes without an Options/Menu key (webOS, Fire TV).
 * A page puts it in focus (e.g. Up from Home's top row); OK asks the App to open Settings.
 */
export class SettingsEntry extends Button {
  override _handleEnter(): void {
    this.fireAncestors('$openSettings')
  }
}
