import type { Lightning } from '@lightningjs/sdk'

/** The SDK's Application has `closeApp()` (platformSettings.onClose, else destroy) but its types omit it. */
interface SdkApplication {
  closeApp(): void
}

/**
 * Leaving the app. TV platforms have their own close calls; this is the one place that knows them.
 */
export function exitApp(application: Lightning.Application): void {
  ;(application as unknown as SdkApplication).closeApp()
}
