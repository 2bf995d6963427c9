import type { Lightning } from '@lightningjs/sdk'

type Spec = Lightning.Element.TemplateSpec
type Config = Lightning.Element.TypeConfig
/** The tag paths of a template spec: `'Card'`, `'Card.Image'`… Lightning computes them for its own `tag()`. */
type PathOf<S extends Spec, C extends Config> = Parameters<Lightning.Element<S, C>['tag']>[0]
/** A spec without declared children (`Lightning.Component` with no spec) would leave every child untyped. */
type Declared<S extends Spec, C extends Config> = string extends PathOf<S, C> ? never : PathOf<S, C>

/**
 * The child at `path` (`'Column'`, or a dotted path such as `'Card.Image'`), typed from the parent's template
 * spec: `child(this, 'Column')` is a `WindowedColumn`, with neither a non-null assertion nor a cast. The parent
 * must declare its children in a spec; a path the spec does not name does not compile.
 *
 * Lightning's `tag()` answers `T | undefined` because it cannot know that the template made the child. For the
 * children a template always makes, a missing one is a bug in that template, so this names it at once instead
 * of failing later on `undefined`. A child that may really be absent is read with `tag()` itself.
 */
export function child<S extends Spec, C extends Config, P extends Declared<S, C>>(
  parent: Lightning.Element<S, C>,
  path: P,
): NonNullable<ReturnType<typeof parent.tag<P>>> {
  const found = parent.tag(path)
  if (found === undefined) throw new Error(`Lightwire: the template has no child "${String(path)}"`)
  return found
}
