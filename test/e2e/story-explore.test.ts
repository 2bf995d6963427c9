import { describe, it } from 'vitest'
import { useTv } from './harness/suite'

describe('explore', () => {
  const tvs = useTv()
  it('shoots', async () => {
    const tv = await tvs.open()
    tv.page.on('request', (r) => { if (/images/.test(r.url())) console.log('REQ', r.url()) })
    tv.page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 300)))
    tv.page.on('requestfailed', (r) => console.log('FAIL', r.url()))
    await tv.page.waitForTimeout(1500)
    await tv.screenshot('x-home')
    console.log('IMGTEST', await tv.page.evaluate(async () => {
      try {
        const r = await fetch('./static/images/harbour.jpg'); const b = await r.blob()
        const bm = await createImageBitmap(b, { premultiplyAlpha: 'premultiply', colorSpaceConversion: 'none', imageOrientation: 'none' })
        return `ok ${r.status} ${bm.width}`
      } catch (e) { return `err ${String(e)}` }
    }))
    await tv.waitForFocus(/^(tile|hero)/)
    console.log('focused', await tv.focusedId())
    await tv.press('Enter')
    await tv.waitForFocus('story')
    await tv.page.waitForTimeout(2500)
    await tv.screenshot('x-story-p1')
    console.log('DOM', await tv.page.evaluate(() => [...document.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => /jpg|png|static/.test(a.value))).map((n) => [...n.attributes].map((a) => a.name + '=' + a.value.slice(0, 80)).join(' ')).slice(0, 10).join('\n')))
    console.log('DOM2', await tv.page.evaluate(() => { const n = document.querySelector('[ref=Image]'); return n ? n.outerHTML.slice(0, 600) : 'none' }))
    console.log(await tv.text('story-page'), '|', await tv.text('story-next'))
    await tv.press('Down')
    await tv.page.waitForTimeout(500)
    await tv.screenshot('x-story-p2')
    console.log(await tv.text('story-page'), tv.errors)
  })
})
