/**
 * Starts the app again from its own page, as a fresh load: how a language choice takes effect (the catalogue
 * and the layout's direction are fixed at start-up). A `?lang=` in the address would override the choice
 * just made, so it is dropped; the route (hash) and every other switch are kept.
 */
export function restartApp(location: Pick<Location, 'href' | 'replace'>): void {
  const url = new URL(location.href)
  url.searchParams.delete('lang')
  location.replace(url.toString())
}
