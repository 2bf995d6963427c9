/**
 * Every route change goes through here, one at a time (issue 18). The SDK Router handles a navigation
 * asynchronously (a hash change, then its `before` hooks and page creation); a second one started before the
 * first has finished could find the Router's request queue without its hash and throw
 * `Cannot set properties of undefined (setting 'hash')`, dropping that key's navigation. Bursts of keys do
 * that on slow devices (several keys a frame). So navigations wait in a queue and each runs once the Router
 * is idle, in the order the keys came: none is lost, none overlaps another.
 * Decisions that depend on where the app is (Settings toggles back or forward) are made when the navigation
 * runs, not when the key came: pass a function.
 */

/** What a navigation passes to the Router's page (its params, `viewerAsked`, history symbols). */
export type RouteArgs = Record<string | symbol, unknown>

export interface RouterLike {
  navigate(hash: string, args?: RouteArgs, store?: boolean): void
  back(): void
  isNavigating(): boolean
}

export interface Navigation {
  /** Runs `step` (which calls the Router) once every earlier navigation has finished. */
  run(step: (router: RouterLike) => void): void
  navigate(hash: string, args?: RouteArgs, store?: boolean): void
  back(): void
  /** Navigations waiting for the Router (tests, diagnostics). */
  readonly pending: number
  /**
   * Forgets the navigations still waiting. The exit dialog does this as it opens: Backs pressed while a page
   * was changing were all aimed at leaving, and one left in the queue would open the dialog again after the
   * viewer chose Stay.
   */
  dropWaiting(): void
}

/** `later` runs a function soon (the app passes a ~frame-long timer; tests pass a manual one). */
export function createNavigation(router: RouterLike, later: (run: () => void) => void): Navigation {
  const queue: Array<(router: RouterLike) => void> = []
  let scheduled = false

  const pump = () => {
    scheduled = false
    if (queue.length === 0) return
    if (!router.isNavigating()) {
      const step = queue.shift()
      try {
        step?.(router)
      } catch (error) {
        // One failed navigation must not stop the ones queued after it.
        console.error('[Lightwire] navigation failed', error)
      }
    }
    schedule()
  }
  const schedule = () => {
    if (scheduled || queue.length === 0) return
    scheduled = true
    later(pump)
  }

  return {
    run(step) {
      queue.push(step)
      // Nothing in flight and nothing waiting: go now, so a single key changes the screen without a delay.
      if (queue.length === 1 && !scheduled && !router.isNavigating()) pump()
      else schedule()
    },
    navigate(hash, args, store) {
      this.run((r) => r.navigate(hash, args, store))
    },
    back() {
      this.run((r) => r.back())
    },
    get pending() {
      return queue.length
    },
    dropWaiting() {
      queue.length = 0
    },
  }
}
