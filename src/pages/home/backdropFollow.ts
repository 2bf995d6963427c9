import type { Backdrop } from '../../ui/Backdrop'
import { home } from '../../ui/theme'

/**
 * Home's backdrop follows the focused story once focus has rested for `home.followDelay` (a run of key
 * presses loads no image per key). On the hero, whose own image is on screen, there is no backdrop, and at
 * low drawing quality none at all: it is a band of extra pixels every frame.
 */
export class BackdropFollow {
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly backdrop: () => Backdrop,
    /** The photo of the story under focus in a row (undefined on the hero, the live tile…). */
    private readonly photo: () => string | undefined,
    private readonly enabled: () => boolean,
  ) {}

  /** Focus moved: follow it once it rests. */
  schedule(): void {
    this.cancel()
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.backdrop().url = this.enabled() ? this.photo() : undefined
    }, home.followDelay * 1000)
  }

  /**
   * A key was pressed: a follow still waiting waits again. The viewer is still browsing even when the key
   * moved nothing (Right at a row's end), and a backdrop change (an image load and a full-screen cross-fade)
   * started under the next key makes that key wait for its frames.
   */
  postpone(): void {
    if (this.timer !== undefined) this.schedule()
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.timer = undefined
  }

  /** No backdrop now (quality stepped down). */
  clear(): void {
    this.cancel()
    this.backdrop().url = undefined
  }
}
