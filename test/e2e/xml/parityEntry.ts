/**
 * Bundled by xml-parity.test.ts (esbuild) and run in headless Chromium: reads one feed both ways, the app's
 * way (DOMParser first, saxes when DOMParser gives up) and the strict way (saxes only), so the test can
 * check that the browser's quick path changes nothing a viewer sees.
 */
import { decodeFeed } from '../../../src/data/decode'
import { parseFeed } from '../../../src/data/parseFeed'
import { readFeedText } from '../../../src/data/readFeedText'
import { domTree } from '../../../src/data/xml/domTree'
import { saxesTree } from '../../../src/data/xml/saxesTree'

export interface ParityResult {
  /** Which parser the app used: the browser's, saxes (the quick one gave up), or none (JSON, undecodable). */
  path: 'dom' | 'strict' | 'none'
  app: string
  strict: string
}

async function readBothWays(bytes: number[], name: string): Promise<ParityResult> {
  const decoded = decodeFeed(new Uint8Array(bytes), undefined, name)
  if (!decoded.ok) {
    const error = JSON.stringify(decoded.error)
    return { path: 'none', app: error, strict: error }
  }
  const options = {
    sectionId: 'parity',
    sectionTitle: name,
    documentUrl: `https://feeds.example.org/${name}`,
  }
  const strict = parseFeed(decoded.text, { ...options, xml: saxesTree })
  const app = await readFeedText(decoded.text, options)
  let path: ParityResult['path'] = 'none'
  if (
    decoded.text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('<')
  ) {
    const quick = parseFeed(decoded.text, { ...options, xml: domTree })
    path = !quick.ok && quick.needsStrictParser ? 'strict' : 'dom'
  }
  return { path, app: JSON.stringify(app), strict: JSON.stringify(strict) }
}

Object.assign(window, { readBothWays })
