/**
 * Builds the app once for the whole e2e run, exactly as `npm run build` does, and checks the browsers exist
 * before any test starts (one clear line instead of a failure per test).
 */
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { ensureDefaultChannel } from '../../../scripts/make-stream'
import { findChrome } from './chrome'
import { findWpe } from './wpe'

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

export default async function setup(): Promise<void> {
  findChrome()
  // WPE WebKit for wpe.test.ts: missing, it is one clear line here rather than a failure per test.
  findWpe()
  // The bundled live channel, as `npm start` makes and serves it (tv.ts serves it too).
  console.log(await ensureDefaultChannel())
  if (process.env.LIGHTWIRE_E2E_SKIP_BUILD === '1') return
  await build({ root: ROOT, configFile: `${ROOT}vite.config.ts`, logLevel: 'warn' })
  // The legacy build for old TV engines (legacy.test.ts, wpe.test.ts), as `npm run build:legacy` makes it.
  await build({ root: ROOT, configFile: `${ROOT}vite.legacy.config.ts`, logLevel: 'warn' })
  // The browser TV emulator's page (test/e2e/emulator*.test.ts), built as `npm start` builds it.
  await build({ configFile: `${ROOT}emulator/vite.config.ts`, logLevel: 'warn' })
}
