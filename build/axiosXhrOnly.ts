/**
 * Leaves axios's fetch transport out of the app's build. axios picks its transport in order: XHR wherever
 * XMLHttpRequest exists (every browser, every TV), node's http in node, fetch only when neither does, which
 * never happens here. Yet it bundles all of them: the fetch adapter and its helpers are about 2.3 KiB of
 * gzip in the start-up bundle, loaded and compiled before the first frame for nothing. This replaces the
 * module axios's adapter table imports with one that says "fetch is not supported here", which is what
 * axios reports on a browser without fetch, so nothing else in axios changes. Build only: `npm run dev`
 * serves axios as shipped, and node (tests, feed:check) never bundles it.
 */
import type { Plugin } from 'vite'

const STUB_ID = '\0lightwire:axios-no-fetch'
const ADAPTER_TABLE = /[\\/]axios[\\/]lib[\\/]adapters[\\/]adapters\.js$/

/** The stand-in module: the one export adapters.js reads, saying "not supported by the environment". */
export const NO_FETCH_MODULE = 'export const getFetch = () => false\n'

export function axiosXhrOnly(): Plugin {
  return {
    name: 'lightwire:axios-xhr-only',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './fetch.js' && importer && ADAPTER_TABLE.test(importer)) return STUB_ID
      return null
    },
    load(id) {
      return id === STUB_ID ? NO_FETCH_MODULE : null
    },
  }
}
