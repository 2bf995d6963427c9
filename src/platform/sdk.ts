/**
 * The one typed doorway to the SDK plugins the SDK itself types as `any` (Storage, Log, Settings…).
 * Everything else in the app imports these wrappers, so `any` stops here.
 */
import { Log as SdkLog, Settings as SdkSettings, Storage as SdkStorage } from '@lightningjs/sdk'
import type { ClearableStore } from '../data/storage'

/** Key/value persistence (localStorage, or cookies where a device has none) namespaced by app id. */
export type KeyValueStore = ClearableStore

interface SdkStorageShape {
  get(key: string): unknown
  set(key: string, value: unknown): boolean
  remove(key: string): void
  clear(): void
}

interface SdkLogShape {
  info(...args: unknown[]): void
  warn(...args: unknown[]): void
  error(...args: unknown[]): void
}

interface SdkSettingsShape {
  get(type: 'platform', key: string): unknown
}

const sdkStorage: SdkStorageShape = SdkStorage
const sdkLog: SdkLogShape = SdkLog
const sdkSettings: SdkSettingsShape = SdkSettings

/**
 * The SDK's Storage answers null both for "nothing stored" and for a value it cannot parse, so a damaged copy
 * would be skipped silently and read again on every start. When it says null, look at the raw text it keeps in
 * localStorage (under its own `<platformSettings.id>.<key>` name): text that is there but is not JSON is
 * damage, reported by throwing so the caller can discard it and say so.
 */
function getChecked(key: string): unknown {
  const value = sdkStorage.get(key)
  if (value !== null) return value
  let raw: string | null = null
  try {
    const namespace = sdkSettings.get('platform', 'id')
    raw = window.localStorage.getItem(
      typeof namespace === 'string' && namespace ? `${namespace}.${key}` : key,
    )
  } catch {
    // No localStorage here (the SDK then keeps values in cookies): null really means nothing stored.
    return null
  }
  if (raw === null) return null
  try {
    JSON.parse(raw)
  } catch {
    throw new Error(`the stored "${key}" is damaged (${raw.length} characters that are not JSON)`)
  }
  return null
}

export const storage: KeyValueStore = {
  get: getChecked,
  set: (key, value) => sdkStorage.set(key, value) === true,
  remove: (key) => sdkStorage.remove(key),
  clear: () => sdkStorage.clear(),
}

export interface Logger {
  info(...args: unknown[]): void
  warn(...args: unknown[]): void
  error(...args: unknown[]): void
}

/** The SDK's Log prints only when `platformSettings.log` is on; warnings and errors always reach the console. */
export const log: Logger = {
  info: (...args) => sdkLog.info(...args),
  warn: (...args) => {
    sdkLog.warn(...args)
    console.warn('[Lightwire]', ...args)
  },
  error: (...args) => {
    sdkLog.error(...args)
    console.error('[Lightwire]', ...args)
  },
}

/** The SDK's Application adds `closeApp()` and `config` to Lightning's, but its types omit them. */
interface SdkApplicationShape {
  closeApp(): void
  config: { keys: Record<number, string> }
}

/** The SDK's close: `platformSettings.onClose` when the host passed one, else the app tears itself down. */
export function closeSdkApp(application: object): void {
  ;(application as SdkApplicationShape).closeApp()
}

/**
 * Makes `keyMap` the whole key map. `Launch` deep-merges our keys into the SDK's defaults (27 → Menu,
 * 191 → Search…), which would leave codes mapped that the platform's map leaves out. Lightning reads the
 * very same object on every key, so replacing its entries in place takes effect at once.
 */
export function useExactKeyMap(application: object, keyMap: Readonly<Record<number, string>>): void {
  const keys = (application as SdkApplicationShape).config.keys
  for (const code of Object.keys(keys)) delete keys[Number(code)]
  Object.assign(keys, keyMap)
}
