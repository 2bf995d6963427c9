/**
 * The Content-Security-Policy of the built app, derived from settings.json.
 *
 * Lightning core compiles templates, transitions and state machines with `Function(...)`, so `script-src`
 * needs `'unsafe-eval'`; the app's own code never evals (enforced by the linter). Everything else is as tight
 * as the app allows: scripts only from the app's origin, feed and stream requests only to the origins
 * settings.json names (plus the same-origin proxy), no plugins, no frames, no inline styles or scripts.
 *
 * Story images come from whatever CDN a feed names, which no build can list, so `img-src` allows any http(s)
 * image. That is why the stage runs with `useImageWorker: false` (src/main.ts): Lightning's image worker would
 * fetch images with XHR, under `connect-src`, which would then have to allow every host too.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function originsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (/^https?:\/\//i.test(value)) {
      try {
        found.add(new URL(value).origin)
      } catch {
        // not a URL after all: nothing to allow
      }
    }
  } else if (Array.isArray(value)) {
    for (const item of value) originsIn(item, found)
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value as Record<string, Json>)) originsIn(item, found)
  }
  return found
}

export function contentSecurityPolicy(settings: unknown): string {
  const appSettings = (settings as { appSettings?: unknown } | null)?.appSettings
  const platformSettings = (settings as { platformSettings?: unknown } | null)?.platformSettings
  const remote = [...originsIn(appSettings), ...originsIn(platformSettings)].sort()
  const connect = ["'self'", ...remote].join(' ')
  const directives = [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    `connect-src ${connect}`,
    // Any http(s) image host (see above); the data layer only ever passes http(s) or bundled relative URLs to
    // the renderer, never data: or javascript:.
    "img-src 'self' http: https:",
    // blob: is the MediaSource URL hls.js gives the <video>; the stream hosts play native HLS.
    `media-src 'self' blob: ${remote.join(' ')}`.trim(),
    "font-src 'self'",
    "style-src 'self'",
    // No worker runs today (no image worker, hls.js without one); 'self' leaves room for hls.worker.js.
    "worker-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ]
  return directives.join('; ')
}
