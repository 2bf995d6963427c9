import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { axiosXhrOnly } from './build/axiosXhrOnly.ts'
import { preloadStartup } from './build/preload.ts'
import { copyAppFiles, injectCsp } from './build/vite-plugins.ts'
import { emulatorPlugin } from './server/emulatorPlugin.ts'
import { feedProxyPlugin } from './server/proxy.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root,
  // Relative asset paths: dist/ works from any folder of any static host, and from file:// on devices.
  base: './',
  // static/ is copied to dist/static by copyAppFiles, not flattened into dist/ as publicDir would.
  publicDir: false,
  plugins: [
    axiosXhrOnly(),
    copyAppFiles(root),
    injectCsp(root),
    preloadStartup(root),
    feedProxyPlugin(),
    emulatorPlugin(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // TV browsers lag desktop ones by years: keep the output to ES2019 syntax.
    target: 'es2019',
    sourcemap: true,
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: false },
})
