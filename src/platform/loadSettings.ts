/**
 * Reads settings.json at start-up from next to index.html, so an operator can edit it in a built `dist/`
 * without rebuilding. If it cannot be read (a packaged app on file://, a typo that breaks the JSON) the copy
 * bundled at build time is used and the reason is logged: the app always starts.
 */
export async function loadSettingsJson(
  bundled: unknown,
  url = './settings.json',
): Promise<{
  raw: unknown
  warning?: string
}> {
  try {
    const response = await fetch(url, { cache: 'no-cache' })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return { raw: (await response.json()) as unknown }
  } catch (error) {
    return {
      raw: bundled,
      warning: `settings.json could not be read (${String(error)}): using the bundled copy`,
    }
  }
}
