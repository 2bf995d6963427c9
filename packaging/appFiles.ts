/**
 * What every package carries and how it is told where the app is: the files of a built app folder
 * (dist-legacy/ by default), or, in hosted mode, only the URL of an app served elsewhere.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export interface PackageInput {
  /** Built app folder whose files the package carries (ignored in hosted mode). */
  appDir: string
  /** Folder the package is written to (dist-packages/). */
  outDir: string
  /** Hosted mode: the package opens this http(s) URL of the built app instead of carrying its files. */
  hostedUrl?: string
}

/** Every file under `dir` as `posix/relative/path` → bytes, in a stable order. */
export function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
  for (const path of entries) files.set(relative(dir, path).split(sep).join('/'), readFileSync(path))
  return files
}

/** The hosted URL checked: only http(s), with no credentials in it. */
export function checkedHostedUrl(url: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(
      `--hosted ${url}: not a URL (give the address of the built app, e.g. https://tv.example.org/)`,
    )
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`--hosted ${url}: only http(s) URLs can be hosted content`)
  }
  if (parsed.username || parsed.password) throw new Error(`--hosted ${url}: no credentials in the URL`)
  return parsed
}

/** Escapes text for an XML attribute or element. */
export function xmlText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * The start page of a hosted package where the platform wants a local file (webOS, RDK): it forwards to the
 * hosted app with a meta refresh, no script, so it needs nothing the app's CSP would not allow.
 */
export function forwardingPage(url: string): string {
  const href = xmlText(checkedHostedUrl(url).href)
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8">',
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    '<title>Lightwire</title></head><body></body></html>',
    '',
  ].join('\n')
}
