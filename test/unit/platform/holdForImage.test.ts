import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { holdForImage, type SdkFontLoader } from '../../../src/platform/fontLoader'

describe('holdForImage: the App waits for the first focus’s picture, briefly', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const fonts: SdkFontLoader = () => Promise.resolve()

  it('lets the App start as soon as fonts and image are both in', async () => {
    let imageReady: () => void = () => undefined
    const image = new Promise<void>((resolve) => {
      imageReady = resolve
    })
    let started = false
    void holdForImage(
      fonts,
      image,
      250,
    )([], []).then(() => {
      started = true
    })
    await vi.advanceTimersByTimeAsync(100)
    expect(started).toBe(false)
    imageReady()
    await vi.advanceTimersByTimeAsync(0)
    expect(started).toBe(true)
  })

  it('starts without the image once the grace period is over', async () => {
    let started = false
    void holdForImage(
      fonts,
      new Promise<void>(() => undefined),
      250,
    )([], []).then(() => {
      started = true
    })
    await vi.advanceTimersByTimeAsync(249)
    expect(started).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(started).toBe(true)
  })

  it('still waits for the fonts first, and hands the SDK its font list', async () => {
    const store: FontFace[] = []
    const loader = vi.fn<SdkFontLoader>(() => Promise.resolve())
    await holdForImage(loader, Promise.resolve(), 250)([{ family: 'Inter', url: 'inter.woff2' }], store)
    expect(loader).toHaveBeenCalledWith([{ family: 'Inter', url: 'inter.woff2' }], store)
  })
})
