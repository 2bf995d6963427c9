import { defineConfig } from 'vitest/config'

/**
 * Three projects, one `vitest run`:
 * - unit: pure logic (data layer, platform maps, server) in node — axios in node has no CORS to fake;
 * - component: Lightning components mounted on a real stage in happy-dom with a WebGL mock;
 * - e2e: the built app in headless Chromium (build once in globalSetup, one file at a time: 2-core machines).
 */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['test/component/**/*.test.ts'],
          setupFiles: ['test/component/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/harness/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
