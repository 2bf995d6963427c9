/**
 * The device APIs TV browsers add to `window`, typed as far as this app uses them. None exists in a desktop
 * browser; tests and the e2e suite inject fakes with the same shape. Everything is optional: a global can be
 * missing, partial (an old firmware) or throw.
 */

export interface TizenApplication {
  exit(): void
}

export interface TizenGlobal {
  application?: { getCurrentApplication(): TizenApplication }
  tvinputdevice?: {
    registerKey?(keyName: string): void
    registerKeyBatch?(keyNames: string[], onSuccess?: () => void, onError?: (error: unknown) => void): void
  }
}

export interface WebOsGlobal {
  platformBack?(): void
}

export interface PalmSystemGlobal {
  platformBack?(): void
}

/** Cordova's API, present when a Fire TV web app runs inside Amazon's web app wrapper. */
export interface CordovaNavigator {
  app?: { exitApp?(): void }
}

/** What the platform layer reads from `window`. */
export interface DeviceGlobals {
  tizen?: TizenGlobal
  webOS?: WebOsGlobal
  PalmSystem?: PalmSystemGlobal
  navigator: { userAgent: string } & CordovaNavigator
  location: { search: string }
  close(): void
  dispatchEvent(event: Event): boolean
}

/** Reads the globals off a real window without `any`. */
export function deviceGlobals(win: Window): DeviceGlobals {
  const extra = win as unknown as {
    tizen?: TizenGlobal
    webOS?: WebOsGlobal
    PalmSystem?: PalmSystemGlobal
    navigator: Navigator & CordovaNavigator
  }
  return {
    tizen: extra.tizen,
    webOS: extra.webOS,
    PalmSystem: extra.PalmSystem,
    navigator: extra.navigator,
    location: win.location,
    close: () => win.close(),
    dispatchEvent: (event) => win.dispatchEvent(event),
  }
}
