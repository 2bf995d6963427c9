import type { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { Backdrop } from '../../ui/Backdrop'
import { home, safe, stage } from '../../ui/theme'
import { WindowedColumn } from '../../ui/WindowedColumn'
import { FullScreenError } from './FullScreenError'
import { HomeHeader } from './HomeHeader'

export interface HomeSpec extends Lightning.Component.TemplateSpec {
  Backdrop: typeof Backdrop
  Column: typeof WindowedColumn
  Header: typeof HomeHeader
  Error: typeof FullScreenError
}

/** Home's layers, back to front: the backdrop, the column of rows, the header over it, the full-screen error. */
export function homeTemplate(): Lightning.Component.Template<HomeSpec> {
  return {
    ...testId('home'),
    w: stage.w,
    h: stage.h,
    Backdrop: { type: Backdrop },
    // Full width so tiles peek past both edges; clipped at the header so scrolled rows vanish under it.
    Column: {
      type: WindowedColumn,
      y: home.viewportY,
      w: stage.w,
      h: stage.h - home.viewportY,
      clipping: true,
      layout: {
        viewportH: stage.h - home.viewportY,
        anchor: home.anchorY - home.viewportY,
        gap: home.row.gap,
        overscan: home.overscan.px,
        inset: safe.title.x,
      },
    },
    Header: { type: HomeHeader, w: stage.w },
    Error: { type: FullScreenError, visible: false },
  }
}
