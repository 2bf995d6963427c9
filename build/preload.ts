/**
 * Start-up fetches in the built index.html, so they run while the browser is still downloading and compiling
 * the entry script instead of one after another once it runs (README, Performance):
 * - `settings.json` (read by src/platform/loadSettings.ts before anything else);
 * - the bundled fonts (src/fonts.ts: the SDK creates the App only once every face is in);
 * - the feed pipeline chunk (src/data/feedPipeline.ts), which Home always needs for its first feed: a
 *   modulepreload instead of a request made only when the first feed is on its way.
 * The page chunks (Story, Settings, Live) are left out on purpose: Home does not need them to start.
 */
import type { IndexHtmlTransformContext, Plugin } from 'vite'

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>

/** The module whose chunk Home always loads during start-up. */
const STARTUP_CHUNK = /\/src\/data\/feedPipeline\.ts$/

export function startupPreloadLinks(bundle: OutputBundle): string[] {
  const links = ['<link rel="preload" href="./settings.json" as="fetch" crossorigin>']
  for (const output of Object.values(bundle)) {
    if (output.type === 'asset' && output.fileName.endsWith('.woff2')) {
      links.push(`<link rel="preload" href="./${output.fileName}" as="font" type="font/woff2" crossorigin>`)
    } else if (
      output.type === 'chunk' &&
      output.facadeModuleId &&
      STARTUP_CHUNK.test(output.facadeModuleId)
    ) {
      links.push(`<link rel="modulepreload" href="./${output.fileName}" crossorigin>`)
    }
  }
  return links
}

export function preloadStartup(): Plugin {
  return {
    name: 'lightwire:preload-startup',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html
        const links = startupPreloadLinks(context.bundle).map((link) => `    ${link}\n`)
        return html.replace('  </head>', `${links.join('')}  </head>`)
      },
    },
  }
}
