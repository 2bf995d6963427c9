/**
 * Settings → About redrawn while Settings is open (watchAbout): a redraw with nothing new changes nothing, and
 * a new "Feeds updated" time changes the text of the lines already on screen instead of replacing them, so
 * the lines never leave the screen.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { AboutPanel } from '../../src/pages/settings/AboutPanel'
import type { AboutInfo } from '../../src/pages/settings/aboutText'
import { child } from '../../src/ui/child'
import { type Mounted, mount } from './harness/mount'

const info: AboutInfo = {
  version: '1.2.3',
  platformName: 'Desktop browser',
  quality: { setting: 'auto', level: 'high' },
  updatedAt: 0,
  sources: [{ title: 'World', url: 'static/feeds/world.xml' }],
}

/** Whether the panel still shows these very elements (identity, not likeness). */
const same = (panel: AboutPanel, lines: readonly unknown[]) => {
  const now = child(panel, 'Lines').children
  return now.length === lines.length && now.every((line, i) => line === lines[i])
}

const texts = (panel: AboutPanel) =>
  child(panel, 'Lines').children.map((line) => String(line.text?.text ?? ''))

describe('AboutPanel', () => {
  let view: Mounted<AboutPanel>
  afterEach(() => view.destroy())

  it('keeps its line elements and changes only their text when the feeds arrive', () => {
    view = mount(AboutPanel, { w: 700 })
    view.subject.show(info)
    const lines = [...child(view.subject, 'Lines').children]
    expect(texts(view.subject)).toEqual([
      'Lightwire 1.2.3',
      'Running on Desktop browser',
      'High quality (auto)',
      'Feeds not updated yet',
      'Feeds',
      'World · bundled with the app',
    ])

    view.subject.show(info)
    expect(same(view.subject, lines)).toBe(true)

    view.subject.show({ ...info, updatedAt: Date.now() })
    expect(same(view.subject, lines)).toBe(true)
    expect(texts(view.subject)[3]).toMatch(/^Feeds updated today at \d{1,2}:\d{2}/)
  })
})
