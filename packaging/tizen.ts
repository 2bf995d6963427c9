/**
 * Samsung Tizen TV: a `.wgt` widget, a zip with `config.xml` (W3C widget + Tizen extensions) at its root.
 * It is unsigned: signing needs the operator's Samsung author and distributor certificates (README,
 * "Shipping to a TV": `tizen package -t wgt -s <profile> -- <file>.wgt`), and is the only step left.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { TIZEN_KEY_NAMES, tizenKeyMap } from '../src/platform/keymap.ts'
import { checkedHostedUrl, filesUnder, type PackageInput, xmlText } from './appFiles.ts'
import type { AppManifest } from './manifest.ts'

/**
 * Only what the app uses: `tv.inputdevice` to register the remote's media, colour and channel keys
 * (src/platform/tizenKeys.ts), `internet` for feeds, images, the live stream and hosted content.
 */
export const TIZEN_PRIVILEGES = [
  'http://tizen.org/privilege/internet',
  'http://tizen.org/privilege/tv.inputdevice',
]

/** The key names src/platform/tizenKeys.ts registers at start with the default key map. */
export function tizenRegisteredKeys(): string[] {
  return Object.keys(tizenKeyMap)
    .map((code) => TIZEN_KEY_NAMES[Number(code)])
    .filter((name): name is string => name !== undefined)
}

/** Tizen's application id: package id + '.' + letters and digits of the name. */
export function tizenApplicationId(manifest: AppManifest): string {
  const name = manifest.name.replace(/[^0-9a-zA-Z]/g, '') || 'App'
  return `${manifest.tizenPackageId}.${name.slice(0, 52)}`
}

export function tizenConfigXml(manifest: AppManifest, hostedUrl?: string): string {
  const hosted = hostedUrl === undefined ? undefined : checkedHostedUrl(hostedUrl)
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<widget xmlns="http://www.w3.org/ns/widgets" xmlns:tizen="http://tizen.org/ns/widgets"',
    `        id="http://${xmlText(manifest.id)}" version="${xmlText(manifest.version)}" viewmodes="maximized">`,
    `  <tizen:application id="${tizenApplicationId(manifest)}" package="${manifest.tizenPackageId}" required_version="3.0"/>`,
    '  <tizen:profile name="tv-samsung"/>',
    `  <name>${xmlText(manifest.name)}</name>`,
    `  <author>${xmlText(manifest.vendor)}</author>`,
    '  <icon src="icon.png"/>',
    `  <content src="${xmlText(hosted ? hosted.href : 'index.html')}"/>`,
    // Story images come from whatever CDN a feed names, so network access cannot be listed host by host;
    // the app's own CSP (build/csp.ts) is what limits data requests to the feed hosts.
    '  <access origin="*" subdomains="true"/>',
    ...(hosted ? [`  <tizen:allow-navigation>${xmlText(hosted.host)}</tizen:allow-navigation>`] : []),
    ...TIZEN_PRIVILEGES.map((name) => `  <tizen:privilege name="${name}"/>`),
    '  <feature name="http://tizen.org/feature/screen.size.all"/>',
    '  <tizen:setting screen-orientation="landscape" context-menu="disable" background-support="disable"',
    '                 encryption="disable" install-location="auto" hwkey-event="enable"/>',
    '  <tizen:metadata key="http://tizen.org/metadata/app_ui_type/base_screen_resolution" value="extensive"/>',
    // Not read by Tizen: the remote keys the app registers at run time, for the store's review and for QA.
    `  <tizen:metadata key="lightwire.registeredKeys" value="${tizenRegisteredKeys().join(',')}"/>`,
    '</widget>',
    '',
  ]
  return lines.join('\n')
}

export function packageTizen(manifest: AppManifest, input: PackageInput): string {
  const entries: Record<string, Uint8Array> = {
    'config.xml': Buffer.from(tizenConfigXml(manifest, input.hostedUrl)),
    'icon.png': readFileSync(manifest.iconPath),
  }
  if (input.hostedUrl === undefined) {
    for (const [path, bytes] of filesUnder(input.appDir)) {
      if (path === 'config.xml') throw new Error(`${input.appDir} already has a config.xml`)
      if (path !== 'icon.png') entries[path] = bytes
    }
  }
  mkdirSync(input.outDir, { recursive: true })
  const out = join(input.outDir, `${manifest.id}_${manifest.version}.wgt`)
  // A fixed date: the same app makes the same widget, byte for byte.
  writeFileSync(out, zipSync(entries, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') }))
  return out
}
