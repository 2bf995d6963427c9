/** Held until loaded, so a warming image is not collected before the browser has it. */
const warming = new Set<HTMLImageElement>()

/**
 * Starts fetching and decoding an image the stage will draw soon. Lightning's loader asks for images with
 * `<img crossOrigin="anonymous">` (useImageWorker is off), so asking the same way lets the browser's memory
 * cache answer it at once: on a CPU-drawn stage each frame costs a few hundred ms, and an image that arrives
 * after a frame has started waits for the next one.
 */
export function warmImage(url: string): void {
  const image = new Image()
  image.crossOrigin = 'anonymous'
  const done = () => {
    warming.delete(image)
  }
  image.onload = done
  image.onerror = done
  image.src = new URL(url, document.baseURI).href
  warming.add(image)
}
