/**
 * Start-up fetches in the built index.html, so they run while the browser is still downloading and compiling
 * the entry script instead of one after another once it runs (README, Performance):
 * - `settings.json` (read by src/platform/loadSettings.ts before anything else);
 * - the fonts start-up code names (src/fonts.ts: the SDK creates the App only once every face is in), and
 *   not the ones a lazy chunk loads when it needs them (src/arabicFonts.ts: about 100 KiB that an English or
 *   French start would download for nothing);
 * - the live channel's poster named in settings.json at build time: the live tile is Home's first focus,
 *   and its first frame waits a little for it (src/platform/readyImages.ts). An operator who changes the
 *   poster in a built dist/ costs the app one unused request, nothing more.
 * Chunks are left out on purpose: the page chunks (Story, Settings, Live) because Home does not need them to
 * start, and the feed parser (src/data/feedPipeline.ts) because it loads once Home's first frame is out
 * (src/data/loadFeed.ts): preloaded, it would be downloaded and compiled while that frame is being made.
 */
import type { IndexHtmlTransformContext, Plugin } from 'vite'
import { readBuildSettings } from './vite-plugins.ts'

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>
type OutputChunk = Extract<OutputBundle[string], { type: 'chunk' }>

/** The entry chunk and every chunk it imports statically: the code that runs before Home is up. */
function startupChunks(bundle: OutputBundle): OutputChunk[] {
  const chunks = new Map<string, OutputChunk>()
  for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output)
  const found = new Map<string, OutputChunk>()
  const queue = [...chunks.values()].filter((chunk) => chunk.isEntry)
  for (let chunk = queue.pop(); chunk; chunk = queue.pop()) {
    if (found.has(chunk.fileName)) continue
    found.set(chunk.fileName, chunk)
    for (const name of chunk.imports) {
      const imported = chunks.get(name)
      if (imported) queue.push(imported)
    }
  }
  return [...found.values()]
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** settings.json's `appSettings.live.poster`, when it is a relative or http(s) URL. */
export function posterOf(settings: unknown): string | undefined {
  const poster = (settings as { appSettings?: { live?: { poster?: unknown } } } | null)?.appSettings?.live
    ?.poster
  if (typeof poster !== 'string' || !poster.trim()) return undefined
  return /^[a-z][a-z\d+.-]*:/i.test(poster) && !/^https?:\/\//i.test(poster) ? undefined : poster.trim()
}

export function startupPreloadLinks(bundle: OutputBundle, settings: unknown = {}): string[] {
  const links = ['<link rel="preload" href="./settings.json" as="fetch" crossorigin>']
  const poster = posterOf(settings)
  // crossorigin="anonymous", as readyImages and Lightning ask for it, or the browser would fetch it twice.
  if (poster)
    links.push(`<link rel="preload" href="${escapeAttribute(poster)}" as="image" crossorigin="anonymous">`)
  const startupCode = startupChunks(bundle).map((chunk) => chunk.code)
  const namedAtStartup = (fileName: string) => {
    const name = fileName.slice(fileName.lastIndexOf('/') + 1)
    return startupCode.some((code) => code.includes(name))
  }
  for (const output of Object.values(bundle)) {
    if (output.type === 'asset' && output.fileName.endsWith('.woff2') && namedAtStartup(output.fileName)) {
      links.push(`<link rel="preload" href="./${output.fileName}" as="font" type="font/woff2" crossorigin>`)
    }
  }
  return links
}

export function preloadStartup(root: string): Plugin {
  return {
    name: 'lightwire:preload-startup',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html
        const links = startupPreloadLinks(context.bundle, readBuildSettings(root)).map(
          (link) => `    ${link}\n`,
        )
        return html.replace('  </head>', `${links.join('')}  </head>`)
      },
    },
  }
}
