/**
 * Whether this engine needs presentLastFrame.ts (WPE shows a WebGL frame only once the next one is drawn):
 * WebKit without Chromium (WPE, WebKitGTK, Safari). Blink's user agents say AppleWebKit too. `?present=always`
 * or `never` overrides it (QA, and tests that compare the two). Kept apart from presentLastFrame.ts so the
 * start-up bundle carries only this check; the cure itself is loaded on the engines that need it.
 */
export function needsLastFramePresented(userAgent: string, query: URLSearchParams): boolean {
  const forced = query.get('present')
  if (forced === 'always') return true
  if (forced === 'never') return false
  return /AppleWebKit\//.test(userAgent) && !/\b(?:Chrome|Chromium|HeadlessChrome)\//.test(userAgent)
}
