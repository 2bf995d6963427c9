import { afterEach, describe, expect, it } from 'vitest'
import type { LiveAvailability } from '../../../src/data/liveAvailability'
import { LiveMessage } from '../../../src/pages/live/LiveMessage'
import { LiveOverlay } from '../../../src/pages/live/LiveOverlay'
import { getTestId } from '../../../src/ui/automation'
import { child } from '../../../src/ui/child'
import { LiveTile, liveTileEntry } from '../../../src/ui/LiveTile'
import { liveTile } from '../../../src/ui/theme'
import { type Mounted, mount } from '../harness/mount'

const live = { title: 'Lightwire Live', url: './static/live/channel.m3u8' }
const answer = (availability: LiveAvailability) => async () => availability

const textOf = (element: { text?: { text?: unknown } | null } | undefined) =>
  String(element?.text?.text ?? '')

describe('LiveTile', () => {
  let mounted: Mounted<LiveTile> | undefined
  afterEach(() => mounted?.destroy())

  it('shows the channel, a LIVE badge and what OK does, and takes focus as live-tile', async () => {
    mounted = mount(LiveTile, { checkStream: answer('available'), live })
    await Promise.resolve()
    mounted.frame()
    const card = child(mounted.subject, 'Frame.Card')
    expect(textOf(card.tag('Title'))).toBe('Lightwire Live')
    expect(textOf(child(card, 'Badge').tag('Label'))).toBe('LIVE')
    expect(textOf(card.tag('Note'))).toContain('OK to play')
    expect(mounted.focusedTestId()).toBe('live-tile')
    expect(mounted.subject.isAvailable).toBe(true)
  })

  it('says the channel is unavailable when its stream cannot be had, and OK checks again (issue 18)', async () => {
    let checks = 0
    const unavailable = async (): Promise<LiveAvailability> => {
      checks++
      return 'unavailable'
    }
    const view = mount(LiveTile, { checkStream: unavailable, live })
    mounted = view
    await Promise.resolve()
    await Promise.resolve()
    const note = () => textOf(child(view.subject, 'Frame.Card').tag('Note'))
    expect(note()).toBe('Live channel unavailable · OK to try again')
    expect(note()).not.toMatch(/configured/)
    expect(view.subject.isAvailable).toBe(false)
    view.press('Enter')
    expect(note()).toBe('Checking the live channel…')
    await Promise.resolve()
    await Promise.resolve()
    expect(checks).toBe(2)
    expect(note()).toBe('Live channel unavailable · OK to try again')
    expect(view.focusedTestId()).toBe('live-tile')
  })

  it('stays playable when the check could not tell', async () => {
    mounted = mount(LiveTile, { checkStream: answer('unknown'), live })
    await Promise.resolve()
    expect(textOf(child(mounted.subject, 'Frame.Card').tag('Note'))).toContain('Watch now')
  })

  it('is hidden when no live channel is configured', () => {
    mounted = mount(LiveTile, { checkStream: answer('available'), live: undefined })
    expect(mounted.subject.visible).toBe(false)
  })
})

describe('LiveOverlay', () => {
  let mounted: Mounted<LiveOverlay> | undefined
  afterEach(() => mounted?.destroy())

  it('shows the channel and at most three headlines, one text node each', () => {
    mounted = mount(LiveOverlay)
    const overlay = mounted.subject
    overlay.channel = 'Lightwire Live'
    overlay.headlines = ['One', 'Two', 'Three', 'Four']
    mounted.frame()
    expect(textOf(overlay.tag('Channel'))).toBe('Lightwire Live')
    const lines = child(overlay, 'Headlines').children.map((child) => textOf(child))
    expect(lines).toEqual(['One', 'Two', 'Three'])
    expect(child(overlay, 'HeadlinesLabel').visible).toBe(true)
  })

  it('hides the headlines label when there are none', () => {
    mounted = mount(LiveOverlay)
    mounted.subject.headlines = []
    expect(child(mounted.subject, 'HeadlinesLabel').visible).toBe(false)
  })

  it('appears on show() and goes on hide()', () => {
    mounted = mount(LiveOverlay)
    const overlay = mounted.subject
    expect(overlay.isShown).toBe(false)
    overlay.show(60_000)
    mounted.frame(2)
    expect(overlay.isShown).toBe(true)
    expect(overlay.alpha).toBe(1)
    overlay.hide()
    mounted.frame(2)
    expect(overlay.isShown).toBe(false)
    expect(overlay.alpha).toBe(0)
  })
})

describe('LiveMessage', () => {
  let mounted: Mounted<LiveMessage> | undefined
  afterEach(() => mounted?.destroy())

  it('gives focus to its button when it has one', () => {
    mounted = mount(LiveMessage)
    mounted.subject.show('The live stream can’t be reached', 'Check the connection.', {
      label: 'Retry',
      id: 'retry',
    })
    mounted.frame()
    expect(mounted.subject.hasAction).toBe(true)
    expect(mounted.focusedTestId()).toBe('retry')
  })

  it('is a passive panel without a button, and hides with no text', () => {
    mounted = mount(LiveMessage)
    mounted.subject.show('Buffering…', '')
    mounted.frame()
    expect(mounted.subject.visible).toBe(true)
    expect(mounted.subject.hasAction).toBe(false)
    expect(getTestId(mounted.focused())).not.toBe('retry')
    mounted.subject.show('', '')
    expect(mounted.subject.visible).toBe(false)
  })

  it('keeps its panel inside the title-safe area, above the overlay band', () => {
    mounted = mount(LiveMessage)
    mounted.subject.show('A headline', 'A detail sentence.', { label: 'Retry', id: 'retry' })
    mounted.frame(2)
    const panel = child(mounted.subject, 'Panel')
    expect(panel.y).toBeGreaterThanOrEqual(106)
    expect(panel.y + panel.h).toBeLessThanOrEqual(640)
  })
})

describe('liveTileEntry', () => {
  it('describes a focusable leading row that builds a live tile for the channel', () => {
    const entry = liveTileEntry(live)
    expect(entry).toMatchObject({ key: 'live', height: liveTile.h, focusable: true })
    expect(liveTile.h).toBeLessThan(200)
    expect(entry.create()).toMatchObject({ type: LiveTile, live })
  })
})
