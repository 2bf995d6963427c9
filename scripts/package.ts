/**
 * `npm run package -- <tizen|webos|rdk|all> [--hosted <url>] [--app-dir <folder>] [--out <folder>]`
 *   `[--project <folder>]` (where metadata.json, settings.json and the icon are; default: this project)
 *
 * Checks metadata.json/settings.json first (every problem listed, exit 1), then builds the legacy app
 * (`npm run build:legacy`, dist-legacy/) unless `--app-dir` names a built folder or `--hosted` says the
 * package only points at a hosted copy, then writes the packages into dist-packages/ and lists them.
 * Exit codes: 0 done, 1 bad metadata or a failed package, 2 usage error.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { checkedHostedUrl, type PackageInput } from '../packaging/appFiles.ts'
import { ManifestError, readManifest } from '../packaging/manifest.ts'
import { packageRdk } from '../packaging/rdk.ts'
import { packageTizen } from '../packaging/tizen.ts'
import { packageWebos } from '../packaging/webos.ts'
import { exitWhenFlushed } from './exitWhenFlushed.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const PLATFORMS = ['tizen', 'webos', 'rdk'] as const
type Platform = (typeof PLATFORMS)[number]

const USAGE =
  'Usage: npm run package -- <tizen|webos|rdk|all> [--hosted <url>] [--app-dir <folder>] [--out <folder>]'

interface Args {
  platforms: Platform[]
  hostedUrl?: string
  appDir?: string
  outDir: string
  project: string
}

function parseArgs(argv: readonly string[]): Args | string {
  let target: string | undefined
  const options: Record<string, string> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--hosted' || arg === '--app-dir' || arg === '--out' || arg === '--project') {
      const value = argv[++i]
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`
      options[arg] = value
    } else if (arg.startsWith('--')) return `unknown option ${arg}`
    else if (target === undefined) target = arg
    else return `one platform (or "all") at a time, not "${target}" and "${arg}"`
  }
  if (target === undefined) return 'which platform?'
  const platforms = target === 'all' ? [...PLATFORMS] : PLATFORMS.filter((name) => name === target)
  if (platforms.length === 0) return `unknown platform "${target}"`
  return {
    platforms,
    hostedUrl: options['--hosted'],
    appDir: options['--app-dir'] === undefined ? undefined : resolve(options['--app-dir']),
    outDir: resolve(options['--out'] ?? resolve(ROOT, 'dist-packages')),
    project: resolve(options['--project'] ?? ROOT),
  }
}

async function makePackage(platform: Platform, input: PackageInput, project: string): Promise<string> {
  const manifest = readManifest(project)
  if (platform === 'tizen') return packageTizen(manifest, input)
  if (platform === 'webos') return packageWebos(manifest, input)
  return packageRdk(manifest, input, project)
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv)
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`)
    return 2
  }
  try {
    readManifest(args.project)
    if (args.hostedUrl !== undefined) checkedHostedUrl(args.hostedUrl)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 1
  }
  let appDir = args.appDir
  if (appDir === undefined && args.hostedUrl === undefined) {
    console.log('Building the legacy app (dist-legacy/)…')
    await build({ root: ROOT, configFile: resolve(ROOT, 'vite.legacy.config.ts'), logLevel: 'warn' })
    appDir = resolve(ROOT, 'dist-legacy')
  }
  const input: PackageInput = { appDir: appDir ?? '', outDir: args.outDir, hostedUrl: args.hostedUrl }
  let failed = 0
  for (const platform of args.platforms) {
    try {
      const file = await makePackage(platform, input, args.project)
      console.log(`${platform}: ${file}${args.hostedUrl ? ` (hosted: ${args.hostedUrl})` : ''}`)
    } catch (error) {
      failed++
      const message = error instanceof ManifestError || error instanceof Error ? error.message : String(error)
      console.error(`${platform}: ${message}`)
    }
  }
  return failed === 0 ? 0 : 1
}

main(process.argv.slice(2)).then(
  (code) => exitWhenFlushed(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    exitWhenFlushed(1)
  },
)
