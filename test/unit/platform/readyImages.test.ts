import type { Lightning } from '@lightningjs/sdk'
import { describe, expect, it, vi } from 'vitest'
import { createReadyImages, type WarmImage } from '../../../src/platform/readyImages'

/** An `<img>` stand-in whose loading the test finishes by hand. */
function fakeImage(): WarmImage & { finish(width: number): void; fail(): void } {
  const image = {
    crossOrigin: null as string | null,
    onload: null as WarmImage['onload'],
    onerror: null as WarmImage['onerror'],
    src: '',
    complete: false,
    naturalWidth: 0,
    finish(width: number) {
      image.complete = true
      image.naturalWidth = width
      image.onload?.call(image as unknown as HTMLImageElement, new Event('load'))
    },
    fail() {
      image.complete = true
      image.onerror?.call(image as unknown as HTMLImageElement, new Event('error'))
    },
  }
  return image
}

/** A stage whose platform loader records the requests Lightning's own path would have served. */
function fakeStage() {
  const original = vi.fn(
    (_request: { src: string; hasAlpha: boolean }, _callback: unknown) => () => undefined,
  )
  const stage = { platform: { loadSrcTexture: original } }
  const load = (src: string) => {
    const callback = vi.fn()
    const cancel = stage.platform.loadSrcTexture({ src, hasAlpha: false }, callback)
    return { callback, cancel }
  }
  return { stage: stage as unknown as Lightning.Stage, original, load }
}

const BASE = 'https://tv.example.org/app/index.html'

describe('ready images: a warmed image reaches the frame that asks for it', () => {
  it('answers a decoded warmed image synchronously, without Lightning loading it again', () => {
    const poster = fakeImage()
    const images = createReadyImages({ baseUrl: BASE, newImage: () => poster })
    images.warm('./static/images/poster.jpg')
    expect(poster.src).toBe('https://tv.example.org/app/static/images/poster.jpg')
    expect(poster.crossOrigin).toBe('anonymous')
    poster.finish(1280)
    const { stage, original, load } = fakeStage()
    images.install(stage)
    // Lightning asks with the URL as the element names it; every spelling of the same address matches.
    const { callback, cancel } = load('static/images/poster.jpg')
    expect(callback).toHaveBeenCalledTimes(1)
    expect(callback).toHaveBeenCalledWith(null, {
      source: poster,
      renderInfo: { src: 'static/images/poster.jpg', compressed: false },
      hasAlpha: false,
    })
    expect(cancel).toBeUndefined()
    expect(original).not.toHaveBeenCalled()
  })

  it('says when a warmed image is ready or has failed, so start-up can wait for it', async () => {
    const queue = [fakeImage(), fakeImage()]
    const [good, bad] = queue
    const images = createReadyImages({ baseUrl: BASE, newImage: () => queue.shift() ?? fakeImage() })
    const settled: string[] = []
    const goodReady = images.warm('good.jpg').then(() => settled.push('good'))
    const badReady = images.warm('bad.jpg').then(() => settled.push('bad'))
    await Promise.resolve()
    expect(settled).toEqual([])
    bad?.fail()
    good?.finish(100)
    await Promise.all([goodReady, badReady])
    expect(settled.sort()).toEqual(['bad', 'good'])
  })

  it('hands an image over once: a later request (after Lightning freed the texture) loads normally', () => {
    const poster = fakeImage()
    const images = createReadyImages({ baseUrl: BASE, newImage: () => poster })
    images.warm('poster.png')
    poster.finish(10)
    const { stage, original, load } = fakeStage()
    images.install(stage)
    expect(load('poster.png').callback.mock.calls[0]?.[1]).toMatchObject({ hasAlpha: true })
    load('poster.png')
    expect(original).toHaveBeenCalledTimes(1)
  })

  it('leaves images still loading, failed or never warmed to Lightning', () => {
    const loading = fakeImage()
    const failed = fakeImage()
    const queue = [loading, failed]
    const images = createReadyImages({ baseUrl: BASE, newImage: () => queue.shift() ?? fakeImage() })
    images.warm('slow.jpg')
    images.warm('broken.jpg')
    failed.fail()
    const { stage, original, load } = fakeStage()
    images.install(stage)
    for (const src of ['slow.jpg', 'broken.jpg', 'other.jpg']) {
      expect(load(src).callback).not.toHaveBeenCalled()
    }
    expect(original.mock.calls.map(([request]) => request.src)).toEqual([
      'slow.jpg',
      'broken.jpg',
      'other.jpg',
    ])
  })
})
