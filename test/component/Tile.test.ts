import { Lightning } from '@lightningjs/sdk'
import { afterEach, describe, expect, it } from 'vitest'
import { createImageFailures } from '../../src/platform/imageFailures'
import { child } from '../../src/ui/child'
import { PlaceholderImage } from '../../src/ui/PlaceholderImage'
import { Tile } from '../../src/ui/Tile'
import { focus } from '../../src/ui/theme'
import { defined } from '../defined'
import { makeStory, NOW } from './harness/fakeNews'
import { type Mounted, mount } from './harness/mount'

describe('Tile', () => {
  let view: Mounted<Tile>
  afterEach(() => view.destroy())

  it('shows the headline in at most three lines with an ellipsis, and "label · relative time"', () => {
    view = mount(Tile)
    view.subject.item = { story: makeStory('top', 2), label: 'World', now: NOW }
    view.frame()
    const card = child(view.subject, 'Card')
    const headline = defined(child(card, 'Headline').text, 'the headline text')
    expect(headline.text).toContain('Story 2 of top')
    expect(headline.maxLines).toBe(3)
    expect(headline.maxLinesSuffix).toBe('…')
    expect(headline.fontSize).toBeGreaterThanOrEqual(28)
    // makeStory dates story 2 at 21 minutes before NOW.
    expect(child(card, 'Meta').text?.text).toBe('World · 21 min ago')
  })

  it('loads the story image behind a placeholder', () => {
    view = mount(Tile)
    view.subject.item = { story: makeStory('top', 0), label: 'Top', now: NOW }
    view.frame()
    expect(view.subject.image.url).toBe('./static/test/top-0.png')
    expect(view.subject.image.imageState).toBe('loading')
    expect(child(view.subject.image, 'Placeholder').visible).toBe(true)
  })

  it('scales up and shows its outline when focused, and settles back when not', () => {
    view = mount(Tile)
    view.subject.item = { story: makeStory('top', 0), label: 'Top', now: NOW }
    view.frame()
    expect(view.subject.scale).toBe(focus.scale)
    expect(child(view.subject, 'Outline').alpha).toBe(1)
    view.subject._unfocus()
    view.frame()
    expect(view.subject.scale).toBe(1)
    expect(child(view.subject, 'Outline').alpha).toBe(0)
  })

  it('updates only the time line when the clock moves on', () => {
    view = mount(Tile)
    view.subject.item = { story: makeStory('top', 0), label: 'Top', now: NOW }
    view.subject.now = NOW + 60 * 60_000
    expect(child(view.subject, 'Card.Meta').text?.text).toBe('Top · 1 h ago')
  })
})

describe('PlaceholderImage', () => {
  let view: Mounted<PlaceholderImage>
  afterEach(() => view.destroy())

  const frameOf = (view: Mounted<PlaceholderImage>) => child(view.subject, 'Frame')
  const imageOf = (view: Mounted<PlaceholderImage>) => child(frameOf(view), 'Image')

  it('keeps the placeholder when there is no image, and when the image breaks', () => {
    view = mount(PlaceholderImage, { w: 360, h: 203, radius: [16, 16, 0, 0] })
    expect(view.subject.imageState).toBe('none')
    expect(child(view.subject, 'Placeholder').visible).toBe(true)
    view.subject.url = 'https://example.org/broken.jpg'
    expect(view.subject.imageState).toBe('loading')
    const image = imageOf(view)
    image.emit('txError', new Error('404'), defined(image.texture?.source, 'the image source'))
    view.frame()
    expect(view.subject.imageState).toBe('broken')
    expect(frameOf(view).alpha).toBeLessThan(0.01)
    expect(child(view.subject, 'Placeholder').visible).toBe(true)
  })

  it('fades the image in over the placeholder, then stops drawing the placeholder under it', () => {
    view = mount(PlaceholderImage, { w: 360, h: 203, radius: [16, 16, 0, 0] })
    view.subject.url = 'https://example.org/photo.jpg'
    const image = imageOf(view)
    image.emit('txLoaded', defined(image.texture, 'the image texture'))
    view.frame(2)
    expect(view.subject.imageState).toBe('loaded')
    expect(frameOf(view).alpha).toBe(1)
    expect(child(view.subject, 'Placeholder').visible).toBe(false)
    // A new story's image brings the placeholder back until it has loaded.
    view.subject.url = 'https://example.org/next.jpg'
    expect(child(view.subject, 'Placeholder').visible).toBe(true)
    expect(view.subject.imageState).toBe('loading')
  })

  it('shows an image that loads off screen at once: a fade there would only cost frames', () => {
    // Past the stage's right edge, as a tile in a row's overscan is.
    view = mount(PlaceholderImage, { x: 2000, w: 360, h: 203, radius: [16, 16, 0, 0] })
    view.subject.url = 'https://example.org/photo.jpg'
    view.frame()
    const image = imageOf(view)
    image.emit('txLoaded', defined(image.texture, 'the image texture'))
    // No frame run: no transition is left to finish it.
    expect(frameOf(view).alpha).toBe(1)
    expect(frameOf(view).transition('alpha').isRunning()).toBe(false)
    expect(child(view.subject, 'Placeholder').visible).toBe(false)
  })

  it('fades in an image that loads on screen', () => {
    view = mount(PlaceholderImage, { w: 360, h: 203, radius: [16, 16, 0, 0] })
    view.subject.url = 'https://example.org/photo.jpg'
    view.frame()
    const image = imageOf(view)
    image.emit('txLoaded', defined(image.texture, 'the image texture'))
    expect(frameOf(view).alpha).toBeLessThan(0.01)
    expect(child(view.subject, 'Placeholder').visible).toBe(true)
  })

  it('cuts the corners once, into a render texture, instead of through a shader every frame', () => {
    view = mount(PlaceholderImage, { w: 360, h: 203, radius: [16, 16, 0, 0] })
    view.subject.url = 'https://example.org/photo.jpg'
    const frame = frameOf(view)
    expect(frame.rtt).toBe(true)
    expect(frame.shader).toBeFalsy()
    expect(imageOf(view).shader).toBeTruthy()
    expect([imageOf(view).w, imageOf(view).h]).toEqual([360, 203])
  })
})

describe('PlaceholderImage failures', () => {
  /** A parent answering the ancestor questions as App does, from one session's memory. */
  interface SessionSpec extends Lightning.Component.TemplateSpec {
    First: typeof PlaceholderImage
    Second: typeof PlaceholderImage
  }
  class Session extends Lightning.Component<SessionSpec> {
    readonly failures = createImageFailures()
    static override _template(): Lightning.Component.Template<SessionSpec> {
      return {
        First: { type: PlaceholderImage, w: 360, h: 203 },
        Second: { type: PlaceholderImage, w: 360, h: 203 },
      }
    }
    $imageHasFailed(url: string): boolean {
      return this.failures.hasFailed(url)
    }
    $imageFailed(url: string): void {
      this.failures.failed(url)
    }
  }

  let view: Mounted<Session>
  afterEach(() => view.destroy())

  it('does not ask again this session for an image that failed (issue 18)', () => {
    view = mount(Session)
    const first = child(view.subject, 'First')
    first.url = 'https://example.org/gone.jpg'
    const image = child(first, 'Frame.Image')
    image.emit('txError', new Error('404'), defined(image.texture?.source, 'the image source'))
    expect(view.subject.failures.hasFailed('https://example.org/gone.jpg')).toBe(true)

    const second = child(view.subject, 'Second')
    second.url = 'https://example.org/gone.jpg'
    expect(second.imageState).toBe('broken')
    expect(child(second, 'Frame.Image').texture).toBeFalsy()
    expect(child(second, 'Placeholder').visible).toBe(true)
    // Once forgotten (a refresh, the network back), it is tried again.
    view.subject.failures.clear()
    second.url = undefined
    second.url = 'https://example.org/gone.jpg'
    expect(second.imageState).toBe('loading')
  })
})
