/**
 * The one place a package's identity comes from: metadata.json (Lightning CLI format: `name`, `identifier`,
 * `version`, `icon`, plus the optional `vendor` and `tizenPackageId`), cross-checked with settings.json's
 * `appSettings.id`/`version` where those are set. Everything is checked before a package is written, and
 * every problem is reported at once with the file and field to fix.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export interface AppManifest {
  /** Reverse-domain id: webOS app id, RDK app id, Tizen widget IRI. */
  id: string
  /** x.y.z */
  version: string
  name: string
  vendor: string
  /** Absolute path of the PNG icon. */
  iconPath: string
  icon: { width: number; height: number }
  /** Tizen's 10-character package id (Samsung's store may assign one: set `tizenPackageId` then). */
  tizenPackageId: string
}

export class ManifestError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot package:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'ManifestError'
  }
}

/** Lower-case reverse domain: webOS allows a-z, 0-9, '.', '-'; Tizen and RDK take this subset too. */
const ID = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/
const VERSION = /^(\d{1,3})\.(\d{1,3})\.(\d{1,5})$/
const TIZEN_PACKAGE_ID = /^[0-9a-zA-Z]{10}$/
const PNG_SIGNATURE = '89504e470d0a1a0a'

/** Width and height from a PNG's IHDR chunk, or undefined when the file is no PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== PNG_SIGNATURE) return undefined
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** A stable 10-character package id made from the app id, for operators without a store-assigned one. */
export function derivedTizenPackageId(id: string): string {
  const digest = createHash('sha256').update(id).digest()
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  return [...digest.subarray(0, 10)].map((byte) => alphabet[byte % alphabet.length]).join('')
}

function readJson(path: string, problems: string[]): Record<string, unknown> {
  if (!existsSync(path)) {
    problems.push(`${path} is missing`)
    return {}
  }
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'))
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
    problems.push(`${path} must hold a JSON object`)
  } catch (error) {
    problems.push(`${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  return {}
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

function checkVersion(version: string | undefined, problems: string[]): void {
  if (version === undefined) {
    problems.push('metadata.json: "version" is missing (x.y.z, e.g. "1.2.0")')
    return
  }
  const parts = VERSION.exec(version)
  if (!parts) {
    problems.push(`metadata.json: "version" is "${version}"; it must be x.y.z (three numbers, e.g. "1.2.0")`)
  } else if (Number(parts[1]) > 255 || Number(parts[2]) > 255 || Number(parts[3]) > 65535) {
    problems.push(`metadata.json: "version" ${version} is out of range (Tizen: x, y ≤ 255, z ≤ 65535)`)
  }
}

function checkIcon(root: string, icon: string | undefined, problems: string[]) {
  if (icon === undefined) {
    problems.push('metadata.json: "icon" is missing (a PNG, e.g. "./static/icon.png")')
    return undefined
  }
  const path = resolve(root, icon)
  if (!existsSync(path)) {
    problems.push(`metadata.json: "icon" ${icon} does not exist (looked for ${path})`)
    return undefined
  }
  const size = pngSize(readFileSync(path))
  if (!size) {
    problems.push(`metadata.json: "icon" ${icon} is not a PNG file`)
    return undefined
  }
  if (size.width < 130 || size.height < 130) {
    problems.push(`metadata.json: "icon" ${icon} is ${size.width}×${size.height}; webOS needs ≥ 130×130`)
  }
  return { path, size }
}

/** Reads and checks metadata.json and settings.json in `root`; throws ManifestError listing every problem. */
export function readManifest(root: string): AppManifest {
  const problems: string[] = []
  const metadata = readJson(resolve(root, 'metadata.json'), problems)
  const settings = readJson(resolve(root, 'settings.json'), problems)
  const appSettings = (settings.appSettings ?? {}) as Record<string, unknown>

  const id = text(metadata.identifier)
  if (id === undefined) problems.push('metadata.json: "identifier" is missing (e.g. "com.example.news")')
  else if (!ID.test(id)) {
    problems.push(
      `metadata.json: "identifier" "${id}" has illegal characters: use lower-case letters, digits, "-" and ` +
        'dots, as a reverse domain with each part starting with a letter (e.g. "com.example.news")',
    )
  }
  const version = text(metadata.version)
  checkVersion(version, problems)
  const name = text(metadata.name)
  if (name === undefined) problems.push('metadata.json: "name" is missing (the title the TV shows)')
  else if (name.length > 50) problems.push(`metadata.json: "name" is ${name.length} characters; 50 at most`)
  for (const [field, value] of [
    ['id', id],
    ['version', version],
  ] as const) {
    const other = text(appSettings[field])
    if (other !== undefined && value !== undefined && other !== value) {
      problems.push(`settings.json: appSettings.${field} "${other}" differs from metadata.json's "${value}"`)
    }
  }
  const tizenPackageId = text(metadata.tizenPackageId) ?? (id ? derivedTizenPackageId(id) : '')
  if (!TIZEN_PACKAGE_ID.test(tizenPackageId)) {
    problems.push(`metadata.json: "tizenPackageId" "${tizenPackageId}" must be 10 letters or digits`)
  }
  const icon = checkIcon(root, text(metadata.icon), problems)

  if (problems.length > 0 || !id || !version || !name || !icon) throw new ManifestError(problems)
  return {
    id,
    version,
    name,
    vendor: text(metadata.vendor) ?? name,
    iconPath: icon.path,
    icon: icon.size,
    tizenPackageId,
  }
}
