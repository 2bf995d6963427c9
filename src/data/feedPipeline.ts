/**
 * Everything that turns feed bytes into stories (decoder, XML parser, format readers, HTML→text,
 * normalizer), gathered behind one module so the store can load it lazily: the app starts with cached
 * stories and the HTTP client only, and this chunk (~18 KB gzip, saxes included) downloads in parallel with
 * the first feed request instead of delaying the first frame.
 */
export { decodeFeed } from './decode'
export { parseFeed } from './parseFeed'
