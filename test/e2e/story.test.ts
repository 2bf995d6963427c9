import { describe, expect, it } from 'vitest'
import { HOME_FOCUS, isVisible } from './harness/screens'
import { useTv } from './harness/suite'
import type { Tv } from './harness/tv'
import { READER_FEED, readerFeedRoute, readerSettings, readerStoryId } from './storyFixtures'

const titleOf = (index: number) => READER_FEED.items[index]?.title
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/** From Home's first focus, moves to `tile-<section>-<index>`. */
async function focusTile(tv: Tv, section: string, index: number): Promise<void> {
  for (let i = 0; i < 6 && !(await tv.focusedId())?.startsWith(`tile-${section}-`); i++)
    await tv.press('Down')
  for (let i = 0; i < 10 && (await tv.focusedId()) !== `tile-${section}-${index}`; i++)
    await tv.press('Right')
  expect(await tv.focusedId()).toBe(`tile-${section}-${index}`)
}

async function openReader(tvs: ReturnType<typeof useTv>, extra: { hash?: string } = {}): Promise<Tv> {
  return tvs.open({ settings: readerSettings, routes: [readerFeedRoute], ...extra })
}

async function pageIndicator(tv: Tv): Promise<{ page: number; of: number }> {
  const match = /Page (\d+) of (\d+)/.exec(await tv.text('story-page'))
  if (!match) throw new Error(`no page indicator in "${await tv.text('story-page')}"`)
  return { page: Number(match[1]), of: Number(match[2]) }
}

const hashOf = (tv: Tv) => new URL(tv.page.url()).hash

describe('story reader', () => {
  const tvs = useTv()

  it('opens the story of the tile with Enter and turns pages with Down, Up, PageDown and PageUp', async () => {
    const tv = await openReader(tvs)
    await tv.waitForFocus(/^(hero|tile-)/)
    await focusTile(tv, 'reader', 0)
    await tv.press('Enter')
    await tv.waitForFocus('story')
    expect(oneLine(await tv.text('story-title'))).toBe(titleOf(0))
    expect(await tv.text('story-page')).toMatch(/^Page 1 of \d+ · \d+ min left$/)
    const { of } = await pageIndicator(tv)
    expect(of).toBeGreaterThan(2)

    await tv.press('Down')
    expect(await pageIndicator(tv)).toEqual({ page: 2, of })
    await tv.press('PageDown')
    expect(await pageIndicator(tv)).toEqual({ page: 3, of })
    await tv.press('PageUp')
    await tv.press('Up')
    expect(await pageIndicator(tv)).toEqual({ page: 1, of })
    expect(await tv.focusedIds()).toEqual(['story'])
    expect(hashOf(tv)).toMatch(/^#story\//)
    expect(tv.errors).toEqual([])
  })

  it('walks the section with Left/Right, says what is next, and Back lands on the tile being read', async () => {
    const tv = await openReader(tvs)
    await tv.waitForFocus(/^(hero|tile-)/)
    await focusTile(tv, 'reader', 0)
    await tv.press('Enter')
    await tv.waitForFocus('story')
    expect(await tv.text('story-next')).toBe(`Next: ${titleOf(1)}`)

    await tv.press('Right')
    await expect.poll(async () => oneLine(await tv.text('story-title'))).toBe(titleOf(1))
    expect(await tv.text('story-page')).toMatch(/^Page 1 of 1/)
    await tv.press('Right')
    await expect.poll(async () => oneLine(await tv.text('story-title'))).toBe(titleOf(2))
    await tv.press('Left')
    await expect.poll(async () => oneLine(await tv.text('story-title'))).toBe(titleOf(1))
    await tv.press('Right')
    await tv.press('Right')
    await expect.poll(async () => oneLine(await tv.text('story-title'))).toBe(titleOf(3))
    expect(await tv.text('story-next')).toBe('Last story in Reader Desk')

    await tv.press('Backspace')
    await tv.waitForFocus('tile-reader-3')
    expect(hashOf(tv)).toBe('#home')
  })

  it('cold-starts a deep link into the story, and Back goes Home rather than out of the app', async () => {
    const first = await openReader(tvs)
    await first.waitForFocus(/^(hero|tile-)/)
    await focusTile(first, 'reader', 2)
    await first.press('Enter')
    await first.waitForFocus('story')
    const hash = hashOf(first).slice(1)
    await first.close()

    const tv = await openReader(tvs, { hash })
    await tv.waitForFocus('story')
    expect(oneLine(await tv.text('story-title'))).toBe(titleOf(2))
    await tv.press('Backspace')
    await tv.waitForFocus(HOME_FOCUS)
    expect(hashOf(tv)).toBe('#home')
    expect(await isVisible(tv, 'exit-dialog')).toBe(false)
  })

  it('shows a friendly not-found with a way home for an unknown story id', async () => {
    const tv = await openReader(tvs, { hash: 'story/reader-no-such-story' })
    await tv.waitForFocus('not-found-home')
    expect(await tv.text('not-found')).toContain('no longer available')
    await tv.screenshot('story-not-found')
    await tv.press('Enter')
    await tv.waitForFocus(HOME_FOCUS)
  })

  it('changes the text size from the story, keeps the reader in the same paragraph, and remembers it', async () => {
    const tv = await openReader(tvs)
    await tv.waitForFocus(/^(hero|tile-)/)
    await focusTile(tv, 'reader', 0)
    await tv.press('Enter')
    await tv.waitForFocus('story')
    const medium = await pageIndicator(tv)
    await tv.press('Down', 3)
    const before = oneLine(await tv.text('story'))
    const firstWords = before.split(' ').slice(0, 4).join(' ')

    // Down from the body is the next page; the control is above the first page and on the Options key.
    await tv.press('M')
    await tv.waitForFocus('story-text-size')
    await tv.press('Right')
    const large = await pageIndicator(tv)
    expect(large.of).toBeGreaterThan(medium.of)
    expect(oneLine(await tv.text('story'))).toContain(firstWords)
    await tv.press('Down')
    await tv.waitForFocus('story')

    // Persisted: a fresh start of the app lays the same story out at the large size.
    await tv.page.reload()
    await tv.waitForFocus('story')
    expect((await pageIndicator(tv)).of).toBe(large.of)
  })

  it('reaches Up next after the last page and opens a related story from it', async () => {
    const tv = await openReader(tvs)
    await tv.waitForFocus(/^(hero|tile-)/)
    await focusTile(tv, 'reader', 0)
    await tv.press('Enter')
    await tv.waitForFocus('story')
    const { of } = await pageIndicator(tv)
    await tv.press('Down', of - 1)
    expect(await pageIndicator(tv)).toEqual({ page: of, of })
    await tv.press('Down')
    await tv.waitForFocus('related-0')
    // Same section first, most title words in common: the timetable story shares "ferry".
    expect(await tv.text('related-0')).toContain(titleOf(2))
    await tv.press('Enter')
    await tv.waitForFocus('story')
    await expect.poll(async () => oneLine(await tv.text('story-title'))).toBe(titleOf(2))
    await tv.press('Backspace')
    await tv.waitForFocus('tile-reader-2')
  })

  it('shows the QR code for the story’s web page, and the summary with the QR when there is no body', async () => {
    const tv = await openReader(tvs, { hash: `story/${readerStoryId('reader-summary')}` })
    await tv.waitForFocus('story')
    await expect.poll(async () => oneLine(await tv.text('story'))).toContain(READER_FEED.items[2]?.summary)
    // The notice's texture is drawn a frame or two after the body's.
    await expect.poll(async () => oneLine(await tv.text('story-reader'))).toContain('scan the code')
    const qr = await tv.rect('story-qr')
    expect(qr.w).toBeGreaterThan(150)
    expect(qr.y + qr.h).toBeLessThanOrEqual(1023)
  })
})
