/**
 * Builds the emulator page on its own (`npm run build:emulator` → dist-emulator/), so the app's dist/ —
 * what operators put on TVs — stays exactly the app. `npm start` builds both and serves the page at
 * /emulator/ (server/emulatorRoutes.ts); `npm run dev` serves emulator/index.html straight from the source.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist-emulator', import.meta.url)),
    emptyOutDir: true,
    // A developer's desktop browser: no need for the app's TV-era syntax target.
    target: 'es2022',
    sourcemap: true,
  },
})
