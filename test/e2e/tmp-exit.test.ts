import { describe, expect, it } from 'vitest'
import { useTv } from './harness/suite'

describe('tmp', () => {
  const tvs = useTv()
  it('exit after reading', async () => {
    const tv = await tvs.open()
    await tv.waitForFocus('live-tile')
    await tv.press('Down', 2)
    console.log('A', await tv.focusedId())
    await tv.press('Enter')
    await tv.waitForFocus('story')
    await tv.press('Down')
    await tv.press('Backspace')
    await new Promise((r) => setTimeout(r, 500))
    console.log('B', await tv.focusedId())
    await tv.press('Backspace')
    await new Promise((r) => setTimeout(r, 500))
    console.log('C', await tv.focusedId())
    await tv.press('Enter')
    await new Promise((r) => setTimeout(r, 500))
    console.log('D', await tv.focusedId(), await tv.focusedIds())
    await tv.press('Up', 3)
    console.log('E', await tv.focusedId())
    expect(tv.errors).toEqual([])
  })
})
