// hls.js ships no typings for its light build; it is the same API minus optional features.
declare module 'hls.js/light' {
  export * from 'hls.js'
  export { default } from 'hls.js'
}
