import { MessagePanel } from '../../ui/MessagePanel'
import { navigateTo } from '../../ui/navigate'

/**
 * A MessagePanel whose one button goes Home: the way forward from every "nothing here" screen (an unknown
 * route, a story no feed carries now, a page whose code could not be loaded). OK on the button bubbles here.
 */
export class GoHomePanel extends MessagePanel {
  override _handleEnter(): boolean {
    navigateTo(this, 'home', {}, false)
    return true
  }
}
