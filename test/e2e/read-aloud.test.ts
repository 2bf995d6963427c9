/**
 * Read aloud in the story reader (issue 14): Play/Pause (Space on a keyboard) or the `story-listen` control
 * reads the story from the page on screen, turning pages as it reads; it pauses, resumes, and Back stops it.
 * The stub's utterances "end" after 40 ms, so a story is read in a second or two. Guidance stays off: read
 * aloud works without it.
 */
import { describe, expect, it } from 'vitest'
import { SPEECH_STUB, setSpeechMode, spoken } from './harness/speech'
import { useTv } from './harness/suite'
import type { Tv } from './harness/tv'
import { readerFeedRoute, readerSettings, readerStoryId } from './storyFixtures'

const FERRY = `story/${readerStoryId('reader-ferry')}`

async function page(tv: Tv): Promise<number> {
  return Number(/Page (\d+) of/.exec(await tv.text('story-page'))?.[1])
}

async function until(tv: Tv, check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout
  while (Date.now() < deadline) {
    if (await check()) return
    await tv.page.waitForTimeout(50)
  }
  throw new Error(`never: ${what}`)
}

/** The number of utterances stays put for a while: nothing is being read. */
async function silentFor(tv: Tv, ms: number): Promise<boolean> {
  const before = (await spoken(tv)).length
  await tv.page.waitForTimeout(ms)
  return (await spoken(tv)).length === before
}

describe('read aloud', () => {
  const tvs = useTv()

  /** The ferry story, opened cold, with the recording speech stub. */
  async function openFerryStory(): Promise<Tv> {
    const tv = await tvs.open({
      settings: readerSettings,
      routes: [readerFeedRoute],
      hash: FERRY,
      initScript: SPEECH_STUB,
      waitForFocus: false,
    })
    await tv.waitForFocus('story')
    return tv
  }

  it('Play/Pause reads from the current page, turns pages, pauses and resumes; Back stops it', async () => {
    const tv = await openFerryStory()
    await setSpeechMode(tv, 40)
    await tv.press('Down')
    expect(await page(tv)).toBe(2)
    await tv.press('Space')
    // It starts on page 2: the first paragraph read is the one page 2 shows first.
    await until(tv, async () => (await spoken(tv)).length > 0, 'reading starts')
    const pageTwo = await tv.text('story')
    expect(pageTwo.startsWith((await spoken(tv))[0]?.slice(0, 20) ?? '?')).toBe(true)
    await until(tv, async () => (await page(tv)) >= 3, 'a page turn while reading')
    expect(await tv.focusedId()).toBe('story')
    expect(await tv.text('story-listen')).toBe('Pause')

    await tv.press('Space')
    expect(await silentFor(tv, 400)).toBe(true)
    expect(await tv.text('story-listen')).toBe('Resume')
    const pausedOn = await page(tv)

    await tv.press('Space')
    await until(tv, async () => (await page(tv)) > pausedOn, 'reading resumes and turns on')
    await tv.screenshot('read-aloud-reading')

    await tv.press('Backspace')
    await tv.waitForFocus(/^tile-reader-|^hero$/)
    expect(await silentFor(tv, 500)).toBe(true)
    expect(tv.errors.filter((error) => error.startsWith('pageerror'))).toEqual([])
  })

  it('the on-screen control: Up from the text size reaches story-listen, OK starts reading', async () => {
    const tv = await openFerryStory()
    await tv.press('Up')
    await tv.waitForFocus('story-text-size')
    await tv.press('Up')
    await tv.waitForFocus('story-listen')
    await tv.screenshot('read-aloud-control-focused')
    await tv.press('Enter')
    await until(tv, async () => (await spoken(tv)).length > 0, 'reading starts')
    expect((await spoken(tv))[0]).toContain('The night ferry')
    await tv.press('Down')
    expect(await tv.focusedId()).toBe('story-text-size')
  })
})
