/**
 * Voice guidance (issue 14) in the built app: `speechSynthesis` is a recording stub (harness/speech.ts), since
 * headless Chromium has no voices. With `?guidance=on`, each focus change must speak what the viewer landed on.
 */
import { describe, expect, it } from 'vitest'
import { faultyFeed } from './harness/faultyFeed'
import { recordViolations, uncaught } from './harness/security'
import { afterKey, SPEECH_STUB, setSpeechMode, spoken, waitForPhrase } from './harness/speech'
import { useTv } from './harness/suite'
import type { Tv } from './harness/tv'
import { READER_FEED, readerFeedRoute, readerSettings } from './storyFixtures'

const FERRY = READER_FEED.items[0]?.title ?? ''

const stubs = `${SPEECH_STUB};(${recordViolations.toString()})()`

async function crashes(tv: Tv): Promise<string[]> {
  return [...tv.errors.filter((error) => error.startsWith('pageerror')), ...(await uncaught(tv))]
}

describe('voice guidance', () => {
  const tvs = useTv()

  it('walking Home, opening a story, turning a page and the exit dialog each speak what has focus', async () => {
    const tv = await tvs.open({
      settings: readerSettings,
      routes: [readerFeedRoute],
      query: { guidance: 'on' },
      initScript: stubs,
    })
    // The first focus is spoken too (the SDK Announcer's known gap).
    await tv.waitForFocus('hero')
    expect(await waitForPhrase(tv, /^Featured: /)).toContain(FERRY)

    const row = await afterKey(tv, () => tv.press('Down'))
    expect(await tv.focusedId()).toBe('tile-reader-0')
    expect(row).toHaveLength(1)
    expect(row[0]).toMatch(
      new RegExp(`^Reader Desk\\. ${FERRY}, 1 of \\d+, (just now|\\d+ (minute|hour|day)s? ago)\\.$`),
    )

    const tile = await afterKey(tv, () => tv.press('Right'))
    expect(tile).toHaveLength(1)
    expect(tile[0]).toMatch(/, 2 of \d+, /)
    expect(tile[0]).not.toMatch(/^Reader Desk/)

    await tv.press('Left')
    const story = await afterKey(tv, async () => {
      await tv.press('Enter')
      await tv.waitForFocus('story')
    })
    expect(story.at(-1)).toMatch(new RegExp(`^${FERRY}, page 1 of (\\d+)\\.$`))

    const turned = await afterKey(tv, () => tv.press('Down'))
    expect(turned).toEqual([expect.stringMatching(new RegExp(`^${FERRY}, page 2 of \\d+\\.$`))])
    await tv.screenshot('voice-story-page-2')
    // Up on page 2 turns back; Up again reaches the text size control, which says its state.
    await tv.press('Up')
    expect(await afterKey(tv, () => tv.press('Up'))).toEqual(['Text size, Medium, button.'])
    await tv.press('Down')

    await tv.press('Backspace')
    await tv.waitForFocus('tile-reader-0')
    const dialog = await afterKey(tv, async () => {
      await tv.press('Backspace')
      await tv.waitForFocus('exit-no')
    })
    expect(dialog).toEqual(['Exit Lightwire? Stay, button.'])
    expect(await afterKey(tv, () => tv.press('Right'))).toEqual(['Exit, button.'])
    await tv.press('Left')
    const answered = await afterKey(tv, async () => {
      await tv.press('Enter')
      await tv.waitForFocus('tile-reader-0')
    })
    expect(answered.at(-1)).toMatch(/1 of \d+/)
    expect(await crashes(tv)).toEqual([])
  })

  it('rapid keys speak only where focus settles', async () => {
    const tv = await tvs.open({ query: { guidance: 'on' }, initScript: SPEECH_STUB })
    await waitForPhrase(tv, /./)
    for (let i = 0; i < 8 && !/^tile-/.test((await tv.focusedId()) ?? ''); i++) await tv.press('Down')
    await tv.page.waitForTimeout(600)
    const said = await afterKey(tv, () => tv.burst('Right', 4))
    const focused = (await tv.focusedId()) ?? ''
    const index = Number(/-(\d+)$/.exec(focused)?.[1])
    expect(index).toBeGreaterThanOrEqual(2)
    expect(said).toEqual([expect.stringContaining(`, ${index + 1} of `)])
  })

  it('a failing row says its title, its message and Retry', async () => {
    const wire = faultyFeed('/faults/voice-wire.xml', 'down')
    const tv = await tvs.open({
      routes: [wire.route],
      settings: {
        appSettings: {
          sections: [
            { id: 'top', title: 'Top Stories', url: './static/feeds/top.xml' },
            wire.section('wire', 'Wire'),
          ],
        },
      },
      query: { guidance: 'on' },
      initScript: SPEECH_STUB,
    })
    // Down from the hero, past Top Stories, to the failed row's Retry (once the feed has failed).
    for (let i = 0; i < 40 && (await tv.focusedId()) !== 'retry'; i++) {
      if (i < 2) await tv.press('Down')
      else if (i % 5 === 0) await tv.press('Down')
      await tv.page.waitForTimeout(200)
    }
    expect(await tv.focusedId()).toBe('retry')
    expect(await waitForPhrase(tv, /Retry, button\.$/)).toMatch(/^Wire\. .+ Retry, button\.$/)
    await tv.screenshot('voice-failing-row')
  })

  it('a speech engine that fails or throws never raises a page error, and navigation carries on', async () => {
    const tv = await tvs.open({ query: { guidance: 'on' }, initScript: stubs })
    await waitForPhrase(tv, /./)
    await setSpeechMode(tv, 'error')
    const first = await tv.focusedId()
    await tv.press('Down')
    await tv.page.waitForTimeout(400)
    expect(await tv.focusedId()).not.toBe(first)
    await setSpeechMode(tv, 'throw')
    await tv.press('Down')
    await tv.press('Right')
    await tv.page.waitForTimeout(400)
    expect(await tv.focusedId()).toMatch(/^tile-/)
    expect(await crashes(tv)).toEqual([])
  })

  it('with guidance off nothing is spoken on focus', async () => {
    const tv = await tvs.open({ initScript: SPEECH_STUB })
    await tv.press('Down')
    await tv.press('Down')
    await tv.press('Right')
    await tv.press('Backspace')
    await tv.waitForFocus('exit-no')
    await tv.page.waitForTimeout(500)
    expect(await spoken(tv)).toEqual([])
  })

  it('Settings: the voice guidance switch and speech rate are spoken, apply at once and survive a restart', async () => {
    const tv = await tvs.open({ hash: 'settings', initScript: SPEECH_STUB, waitForFocus: false })
    await tv.waitForFocus('text-size-m')
    await tv.press('Up')
    expect(await tv.focusedId()).toBe('settings-guidance')
    expect(await tv.text('settings-guidance')).toContain('Off')
    expect(await spoken(tv)).toEqual([])
    // On: the switch says its new state (the whole focus path is said afresh).
    expect(await afterKey(tv, () => tv.press('Enter'))).toEqual(['Voice guidance, on, switch.'])
    expect(await tv.text('settings-guidance')).toContain('On')
    expect(await afterKey(tv, () => tv.press('Down'))).toEqual(['Speech rate, Normal, button.'])
    expect(await afterKey(tv, () => tv.press('Right'))).toEqual(['Speech rate, Fast, button.'])
    const rates = await tv.page.evaluate(() =>
      (window as unknown as { __speech: { spoken: { rate: number }[] } }).__speech.spoken.map((s) => s.rate),
    )
    expect(rates.at(-1)).toBe(1.25)
    await tv.screenshot('voice-settings')

    await tv.page.reload()
    await tv.waitForFocus('text-size-m')
    expect(await waitForPhrase(tv, /^Text size\. Medium, selected, button\.$/)).toBeTruthy()
    await tv.press('Up')
    expect(await tv.text('settings-speech-rate')).toContain('Fast')
    // Off again: silence from the next key on.
    await tv.press('Enter')
    expect(await afterKey(tv, () => tv.press('Down'))).toEqual([])
  })

  it('a message screen (not found) says its headline and message, then its button', async () => {
    const tv = await tvs.open({
      hash: 'no/such/page',
      query: { guidance: 'on' },
      initScript: SPEECH_STUB,
      waitForFocus: false,
    })
    await tv.waitForFocus('not-found-home')
    const phrase = await waitForPhrase(tv, /Go to Home, button\.$/)
    expect(phrase).toMatch(/^.+\. .+ Go to Home, button\.$/)
    expect(phrase).toMatch(/find that page/)
  })
})
