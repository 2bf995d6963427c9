import type { Lightning } from '@lightningjs/sdk'
import type { RouteArgs } from '../navigation'

declare module '@lightningjs/core' {
  namespace Component {
    interface FireAncestorsMap {
      /** Navigate, in turn with every other navigation (App answers: src/navigation.ts). */
      $navigate(hash: string, args?: RouteArgs, store?: boolean): void
      /** Router.back(), likewise in turn. */
      $back(): void
    }
  }
}

/**
 * How pages and components change route: through App, which runs navigations one at a time so a burst of
 * keys never overlaps two Router navigations (src/navigation.ts). Never call Router.navigate/back directly.
 */
export function navigateTo(from: Lightning.Component, hash: string, args?: RouteArgs, store?: boolean): void {
  from.fireAncestors('$navigate', hash, args, store)
}

export function goBack(from: Lightning.Component): void {
  from.fireAncestors('$back')
}
