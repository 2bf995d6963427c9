/**
 * Measures Home's two candidate virtualizations on the same 20 × 200 feed (see docs/home.md):
 *   ?impl=own  Lightwire's WindowedColumn + StoryRow/Carousel (only near-viewport rows/tiles exist)
 *   ?impl=lui  @lightningjs/ui List(column) of List(row) (a wrapper per item; components made when on screen)
 * Both draw the same Tile. Exposes `window.bench` for scripts/measure-virtualization.ts.
 * Needs `npm install --no-save @lightningjs/ui` (it is not a dependency of the app).
 */

import { Lightning } from '@lightningjs/sdk'
// @ts-expect-error: @lightningjs/ui ships no type definitions.
import { List } from '@lightningjs/ui'
import { sectionStories } from '../../src/data/headlines'
import type { SectionState } from '../../src/data/newsStore'
import { english } from '../../src/i18n/english'
import { homeEntries } from '../../src/pages/home/homeEntries'
import { Tile } from '../../src/ui/Tile'
import { home, safe } from '../../src/ui/theme'
import { WindowedColumn } from '../../src/ui/WindowedColumn'

const SECTIONS = 20
const STORIES = 200
const now = Date.now()
const sections: SectionState[] = Array.from({ length: SECTIONS }, (_, s) => ({
  id: `gen-${s}`,
  title: `Section ${s + 1}`,
  status: 'ready',
  refreshing: false,
  fetchedAt: now,
  stories: sectionStories(
    Array.from({ length: STORIES }, (_, i) => ({
      id: `gen-${s}-${i}`,
      sectionId: `gen-${s}`,
      title: `Generated story ${i + 1} of section ${s + 1}, with a headline that wraps onto more lines`,
      summary: 'Summary.',
      body: [],
      publishedAt: now - i * 11 * 60_000,
      source: 'Bench',
      image: { url: `/gen/img/${(s * 3 + i) % 24}.png` },
      imageUrl: `/gen/img/${(s * 3 + i) % 24}.png`,
    })),
  ),
}))

class LuiRow extends Lightning.Component {
  static override _template(): Lightning.Component.Template {
    return { List: { type: List, y: home.row.titleH, w: 1534, h: home.tile.h, spacing: home.tile.gap } }
  }

  set section(section: SectionState) {
    ;(this.tag('List' as never) as unknown as { items: unknown[] }).items = section.stories.map((story) => ({
      type: Tile,
      w: home.tile.w,
      h: home.tile.h,
      item: { story, label: section.title, now },
    }))
  }

  override _getFocused(): Lightning.Component {
    return this.tag('List' as never) as unknown as Lightning.Component
  }
}

const impl = new URLSearchParams(location.search).get('impl') ?? 'own'

class BenchApp extends Lightning.Application {
  static override _template(): Lightning.Component.Template {
    return {
      w: 1920,
      h: 1080,
      rect: true,
      color: 0xff0d1117,
      Own: { type: WindowedColumn, x: safe.title.x, y: home.viewportY, visible: false },
      Lui: {
        type: List,
        direction: 'column',
        x: safe.title.x,
        y: home.viewportY,
        w: 1534,
        h: 900,
        spacing: home.row.gap,
        visible: false,
      },
    }
  }

  override _init(): void {
    if (impl === 'own') {
      const column = this.tag('Own' as never) as unknown as WindowedColumn
      column.layout = {
        viewportH: 1080 - home.viewportY,
        anchor: home.anchorY - home.viewportY,
        gap: home.row.gap,
        overscan: home.overscan.px,
      }
      column.setEntries(
        homeEntries({
          snapshot: { sections, updatedAt: now },
          now,
          leading: [],
          indexFor: () => 0,
          rowEvents: { onOpen() {}, onRetry() {}, onIndexChange() {} },
          locale: english,
          light: false,
        }).slice(1),
      )
      column.visible = true
    } else {
      const list = this.tag('Lui' as never) as unknown as { items: unknown[]; visible: boolean }
      list.items = sections.map((section) => ({
        type: LuiRow,
        w: 1534,
        h: home.row.titleH + home.tile.h,
        section,
      }))
      list.visible = true
    }
  }

  override _getFocused(): Lightning.Component {
    return this.tag((impl === 'own' ? 'Own' : 'Lui') as never) as unknown as Lightning.Component
  }
}

const app = new BenchApp({ stage: { w: 1920, h: 1080 }, debug: false })
document.body.appendChild(app.stage.getCanvas())

function countElements(element: Lightning.Element): number {
  return 1 + element.children.reduce((sum, child) => sum + countElements(child), 0)
}

const keyFrames: number[] = []
window.addEventListener(
  'keydown',
  () => {
    const start = performance.now()
    requestAnimationFrame(() => keyFrames.push(performance.now() - start))
  },
  true,
)

Object.assign(window, {
  bench: {
    impl,
    elements: () => countElements(app.stage.root),
    textureMemory: () => app.stage.textureManager.usedMemory,
    /** Frees every texture no live element uses, so what remains is what the screen needs now. */
    collect: () => app.stage.gc(true),
    keyFrames: () => keyFrames.splice(0),
  },
})
