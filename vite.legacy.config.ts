/**
 * `npm run build:legacy`: the app for old TV engines (Tizen 3 / Chromium 47, webOS 4 / Chromium 53, older
 * WPE WebKit) in dist-legacy/: ES5 scripts (SystemJS chunks, no module scripts), the polyfills listed in
 * build/legacyTargets.ts, and the same settings.json, static files and Content-Security-Policy as dist/.
 * The modern build (vite.config.ts) is untouched: its start-up bundle is a performance budget.
 */
import { fileURLToPath } from 'node:url'
import legacy from '@vitejs/plugin-legacy'
import { defineConfig } from 'vite'
import { axiosXhrOnly } from './build/axiosXhrOnly.ts'
import { legacyStylesheet } from './build/legacyCss.ts'
import { finishLegacyOutput } from './build/legacyOutput.ts'
import { LEGACY_EXTRA_POLYFILLS, LEGACY_POLYFILLS, LEGACY_TARGETS } from './build/legacyTargets.ts'
import { copyAppFiles, injectCsp } from './build/vite-plugins.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  plugins: [
    axiosXhrOnly(),
    copyAppFiles(root),
    injectCsp(root),
    legacy({
      targets: LEGACY_TARGETS,
      renderModernChunks: false,
      polyfills: LEGACY_POLYFILLS,
      additionalLegacyPolyfills: LEGACY_EXTRA_POLYFILLS,
    }),
    legacyStylesheet(LEGACY_TARGETS),
    finishLegacyOutput(),
  ],
  build: {
    outDir: 'dist-legacy',
    emptyOutDir: true,
    // plugin-legacy on Vite 8 emits ES5 only unminified (build/legacyOutput.ts checks every file).
    minify: false,
    // No CSS from script (an inline <style>, refused by the CSP): build/legacyCss.ts writes the stylesheet.
    cssCodeSplit: false,
    sourcemap: false,
    assetsInlineLimit: 0,
  },
})
