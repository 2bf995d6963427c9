/**
 * The one typed doorway to the SDK plugins the SDK itself types as `any` (Storage, Log, Settings…).
 * Everything else in the app imports these wrappers, so `any` stops here.
 */
import { Log as SdkLog, Storage as SdkStorage } from '@lightningjs/sdk'

/** Key/value persistence (localStorage, or cookies where a device has none) namespaced by app id. */
export interface KeyValueStore {
  get(key: string): unknown
  /** Returns false when the value could not be stored (quota, private mode…). */
  set(key: string, value: unknown): boolean
  remove(key: string): void
}

interface SdkStorageShape {
  get(key: string): unknown
  set(key: string, value: unknown): boolean
  remove(key: string): void
}

interface SdkLogShape {
  info(...args: unknown[]): void
  warn(...args: unknown[]): void
  error(...args: unknown[]): void
}

const sdkStorage: SdkStorageShape = SdkStorage
const sdkLog: SdkLogShape = SdkLog

export const storage: KeyValueStore = {
  get: (key) => sdkStorage.get(key),
  set: (key, value) => sdkStorage.set(key, value) === true,
  remove: (key) => sdkStorage.remove(key),
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
