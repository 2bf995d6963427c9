import { afterEach, describe, expect, it } from 'vitest'
import { PlaceholderImage } from '../../src/ui/PlaceholderImage'
import { Tile } from '../../src/ui/Tile'
import { focus } from '../../src/ui/theme'
import { makeStory, NOW } from './harness/fakeNews'
import { type Mounted, mount } from './harness/mount'

describe('Tile', () => {
  let view: Mounted<Tile>
  afterEach(() => view.destroy())

  it('shows the headline in at most three lines with an ellipsis, and "label · relative time"', () => {
    view = mount(Tile)
    view.subject.item = { story: makeStory('top', 2), label: 'World', now: NOW }
    view.frame()
    const card = view.subject.tag('Card')!
    const headline = card.tag('Headline')!.text!
    expect(headline.text).toContain('Story 2 of top')
    expect(headline.maxLines).toBe(3)
    expect(headline.maxLinesSuffix).toBe('…')
    expect(headline.fontSize).toBeGreaterThanOrEqual(28)
    // makeStory dates story 2 at 21 minutes before NOW.
    expect(card.tag('Meta')!.text!.text).toBe('World · 21 min ago')
  })

  it('loads the story image behind a placeholder', () => {
    view = mount(Tile)
    view.subject.item = { story: makeStory('top', 0), label: 'Top', now: NOW }
    view.frame()
    expect(view.subject.image.url).toBe('./static/test/top-0.png')
    expect(view.subject.image.imageState).toBe('loading')
    expect(view.subject.image.tag('Placeholder')!.visible).toBe(true)
  })

  it('scales up and shows its outline when focused, and settles back when not', () => {
    view = mount(Tile)
    view.subject.item = { story: makeStory('top', 0), label: 'Top', now: NOW }
    view.frame()
    expect(view.subject.scale).toBe(focus.scale)
    expect(view.subject.tag('Outline')!.alpha).toBe(1)
    view.subject._unfocus()
    view.frame()
    expect(view.subject.scale).toBe(1)
    expect(view.subject.tag('Outline')!.alpha).toBe(0)
  })

  it('updates only the time line when the clock moves on', () => {
    view = mount(Tile)
    view.subject.item = { story: makeStory('top', 0), label: 'Top', now: NOW }
    view.subject.now = NOW + 60 * 60_000
    expect(view.subject.tag('Card')!.tag('Meta')!.text!.text).toBe('Top · 1 h ago')
  })
})

describe('PlaceholderImage', () => {
  let view: Mounted<PlaceholderImage>
  afterEach(() => view.destroy())

  it('keeps the placeholder when there is no image, and when the image breaks', () => {
    view = mount(PlaceholderImage, { w: 360, h: 203 })
    expect(view.subject.imageState).toBe('none')
    expect(view.subject.tag('Placeholder')!.w).toBe(360)
    view.subject.url = 'https://example.org/broken.jpg'
    expect(view.subject.imageState).toBe('loading')
    const image = view.subject.tag('Image')!
    image.emit('txError', new Error('404'), image.texture!.source!)
    view.frame()
    expect(view.subject.imageState).toBe('broken')
    expect(view.subject.tag('Image')!.alpha).toBeLessThan(0.01)
  })

  it('fades the image in over the placeholder once it has loaded', () => {
    view = mount(PlaceholderImage, { w: 360, h: 203 })
    view.subject.url = 'https://example.org/photo.jpg'
    const image = view.subject.tag('Image')!
    image.emit('txLoaded', image.texture!)
    view.frame()
    expect(view.subject.imageState).toBe('loaded')
    expect(view.subject.tag('Image')!.alpha).toBe(1)
  })
})
