/**
 * How a message names a feed: "The World feed", or "This feed" when the section has no name. One wording for
 * every error the data layer reports (fetching, decoding, parsing, the store), so a viewer reads the same
 * phrase whatever went wrong, and a translation has one place to start from.
 */
export function theFeed(sectionTitle: string | undefined): string {
  return sectionTitle ? `The ${sectionTitle} feed` : 'This feed'
}
