/**
 * Automation ids (DESIGN.md's contract). Lightning's inspector adds a `testId` property to every Element and
 * mirrors it into the DOM as `data-testid`; without the inspector it is a plain, harmless property.
 * Lightning's type definitions cannot be augmented with it (Element is a default export), so ids go
 * through these two helpers instead of casts scattered across the app.
 */

/** For templates: `{ type: Button, ...testId('retry') }`. */
export function testId(id: string): { testId: string } {
  return { testId: id }
}

/** For elements created or re-labelled at run time. Object.assign goes through the inspector's setter. */
export function setTestId<T extends object>(element: T, id: string): T {
  return Object.assign(element, { testId: id })
}

export function getTestId(element: object): string | undefined {
  const value: unknown = (element as { testId?: unknown }).testId
  return typeof value === 'string' ? value : undefined
}

/** The focused leaf's automation id (the element automation reads as `focused="true"`), if it has one. */
export function focusedTestId(app: { focusPath?: readonly object[] }): string | undefined {
  const path = app.focusPath ?? []
  const leaf = path[path.length - 1]
  return leaf ? getTestId(leaf) : undefined
}
