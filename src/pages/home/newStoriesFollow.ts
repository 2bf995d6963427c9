import type { HeadlineList } from '../../data/headlines'
import type { NewStoriesService } from '../../data/newStoriesService'
import type { HomeHeader } from './HomeHeader'

export type NewStoriesPort = Pick<
  NewStoriesService,
  'isNew' | 'pending' | 'seen' | 'acknowledge' | 'subscribe'
>

/**
 * Home's side of new stories (issue 16), kept out of HomePage: keeps the header's "N new stories" count in step
 * with the service, counts only the sections Home shows, and turns the viewer's moves into "seen" and
 * "acknowledged". Nothing here moves focus or scrolls: HomePage does that when the viewer asks (OK on the
 * indicator), so a refresh alone never disturbs where the viewer is.
 */
export class NewStoriesFollow {
  private unsubscribe: (() => void) | undefined

  constructor(
    private readonly header: () => HomeHeader,
    /** The sections Home shows now, in its order (after the viewer's preferences). */
    private readonly shown: () => readonly { stories: HeadlineList }[],
    private readonly service: () => NewStoriesPort | undefined,
    /** Draws Home again (new marks to show). */
    private readonly redraw: () => void,
  ) {}

  connect(): void {
    if (this.unsubscribe) return
    this.unsubscribe = this.service()?.subscribe((marksChanged) => {
      if (marksChanged) this.redraw()
      else this.update()
    })
  }

  disconnect(): void {
    this.unsubscribe?.()
    this.unsubscribe = undefined
  }

  /** Redraws the count (after every render, and whenever the service changes). */
  update(): void {
    this.header().newCount = this.service()?.pending(this.shown()).length ?? 0
  }

  isNew(storyId: string): boolean {
    return this.service()?.isNew(storyId) ?? false
  }

  /** The viewer focused or opened this story. */
  seen(storyId: string | undefined): void {
    if (storyId !== undefined) this.service()?.seen(storyId)
  }

  /**
   * OK on the indicator: the first new story to focus; the count is acknowledged. (Up to the top of Home leads
   * to the indicator, one more Up; the count also falls as the viewer reaches each new tile.)
   */
  takeFirst(): string | undefined {
    const first = this.service()?.pending(this.shown())[0]
    this.service()?.acknowledge()
    return first
  }
}
