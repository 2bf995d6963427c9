/**
 * What the legacy build (`npm run build:legacy`, vite.legacy.config.ts) targets, kept in one place for the
 * config, its tests and docs (README "Shipping to a TV" has the engine table and why).
 *
 * - Chromium 47: Samsung Tizen 3.0 (2017 TVs), the oldest Tizen TV engine with WebGL good enough for Lightning;
 *   LG webOS 4 (2018, Chromium 53) is newer and so covered.
 * - Safari 10 (WebKit 602): the WebKit generation of older RDK/WPE set-tops (WPE WebKit 2.1x–2.2x).
 */
export const LEGACY_TARGETS = ['chrome >= 47', 'safari >= 10']

/**
 * The polyfills the legacy bundle ships: only features the app or its libraries call and that Chromium 47 or
 * Safari 10 lack (first engine with the feature in brackets). Babel's usage detection would add ~150 core-js
 * modules (95 KiB gzip), most of them for method names it cannot tell apart (`.map` on an Iterator, `.union`
 * on a Set), so the list is explicit; docs/legacy.md has the table.
 */
export const LEGACY_POLYFILLS = [
  'es.promise.finally', // the SDK's Announcer, voice guidance (Chrome 63, Safari 11.1)
  'es.object.values', // Lightning core: transitions, texture formats (Chrome 54, Safari 10.1)
  'es.object.entries', // settings, key maps, the data layer (Chrome 54, Safari 10.1)
  'es.object.get-own-property-descriptors', // axios's utils (Chrome 54)
  'es.string.pad-start', // story ids (a hash) in the feed pipeline (Chrome 57)
  'es.string.trim-start', // feed format detection (Chrome 66)
  'es.string.trim-end', // story pagination (Chrome 66)
  'es.string.match-all', // HTML attribute parsing (Chrome 73)
  'es.array.flat-map', // the story reader's next-story list (Chrome 69, Safari 12)
  'es.array.at', // story reader (Chrome 92, Safari 15.4)
  'es.global-this', // the data layer's clock (Chrome 71, Safari 12.1)
  'es.symbol.async-iterator', // axios's stream helpers, lowered async generators (Chrome 63, Safari 11.1)
  'web.url', // URL.searchParams, resolving feed and image URLs (Chrome 51)
  'web.url-search-params', // URL switches (?platform=, ?inspector) (Chrome 49)
  'web.dom-collections.iterator', // for-of over NodeList/DOMTokenList once lowered (Chrome 51)
]

/** Not in core-js: the feed client aborts requests on its deadline (Chrome 66, Safari 12.1). */
export const LEGACY_EXTRA_POLYFILLS = ['abortcontroller-polyfill/dist/abortcontroller-polyfill-only']
