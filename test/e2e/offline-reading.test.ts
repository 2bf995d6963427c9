import { describe, expect, it } from 'vitest'
import { faultyFeed } from './harness/faultyFeed'
import { useTv } from './harness/suite'

const CACHE = 'com.lightwire.news.lightwire.news.v1'

/**
 * Home keeps headlines only (issue 13, memory): a story's summary and body come back from the stored copy
 * when it is opened. So they must, with the feed down and the app started from that copy.
 */
describe('reading offline from the stored copy', () => {
  const tvs = useTv()

  it('opens a story that is not a row’s first with its text, the feed down since the start', async () => {
    const wire = faultyFeed('/faults/wire.xml', 'ok')
    const settings = { appSettings: { sections: [wire.section('wire', 'Wire')] } }
    const tv = await tvs.open({ routes: [wire.route], settings })
    await tv.waitForFocus(/^(hero|tile-wire-0)$/)
    await tv.page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('Wire report'), CACHE)

    wire.set('down')
    await tv.page.reload()
    await tv.waitForFocus('hero')
    await tv.press('Down')
    await tv.waitForFocus('tile-wire-0')
    await tv.press('Right', 2)
    await tv.waitForFocus('tile-wire-2')
    await tv.press('Enter')
    await tv.waitForFocus(/^story/)
    await expect
      .poll(async () => (await tv.text('story-reader')).replace(/\s+/g, ' '))
      .toContain('The wire desk filed report 3 of revision 1.')
  })
})
