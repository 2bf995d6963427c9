/**
 * Everything that turns feed bytes into stories (decoder, format readers, HTML→text, normalizer), gathered
 * behind one module so the store can load it lazily: the app starts with cached stories and the HTTP client
 * only, and this chunk downloads in parallel with the first feed request instead of delaying the first
 * frame. The XML parser for broken feeds (saxes) is a further chunk, loaded only when a feed needs it.
 */
export { decodeFeed } from './decode'
export { readFeedText } from './readFeedText'
