import type { Lightning } from '@lightningjs/sdk'

/** Type config of every Router page (the SDK's Router only accepts components marked as pages). */
export interface PageTypeConfig extends Lightning.Component.TypeConfig {
  IsPage: true
}
