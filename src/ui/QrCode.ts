import { Lightning } from '@lightningjs/sdk'
import { type QrResult, qrForUrl, qrRects } from '../data/qr'
import { child } from './child'
import { roundedBox } from './rounded'
import { radius, story } from './theme'

interface QrCodeSpec extends Lightning.Component.TemplateSpec {
  /** The URL to encode; anything but an absolute http(s) URL hides the code. */
  url: string | undefined
  /** Outer size in px (white plate, quiet zone included). */
  size: number
  Plate: object
  Modules: object
}

const { quiet: QUIET, dark: DARK, light: LIGHT } = story.qr

/**
 * A QR code drawn as Lightning rectangles on a white plate (runs of dark modules merged, ~200 rects for a
 * URL), sized to whole pixels per module so edges stay crisp. Hidden when the URL is not http(s) or too long
 * to scan comfortably; `encoded` says what is shown.
 */
export class QrCode
  extends Lightning.Component<QrCodeSpec>
  implements Lightning.Component.ImplementTemplateSpec<QrCodeSpec>
{
  private _url: string | undefined
  private _size = 200
  private _result: QrResult = { ok: false, reason: 'not-a-web-url' }

  static override _template(): Lightning.Component.Template<QrCodeSpec> {
    return {
      visible: false,
      // Given its rounded texture (src/ui/rounded.ts) once the size is known: no per-frame corner shader.
      Plate: {},
      Modules: {},
    }
  }

  set url(value: string | undefined) {
    if (value === this._url) return
    this._url = value
    this._result = qrForUrl(value)
    this.draw()
  }

  get url(): string | undefined {
    return this._url
  }

  set size(value: number) {
    if (value === this._size) return
    this._size = value
    this.draw()
  }

  get size(): number {
    return this._size
  }

  /** The URL the code on screen encodes, if one is shown. */
  get encoded(): string | undefined {
    return this._result.ok ? this._result.url : undefined
  }

  /** Modules per side of the code on screen (0 when hidden). */
  get moduleCount(): number {
    return this._result.ok ? this._result.matrix.size : 0
  }

  private draw(): void {
    const result = this._result
    const modules = child(this, 'Modules')
    if (!result.ok) {
      this.visible = false
      modules.children = []
      return
    }
    const count = result.matrix.size + 2 * QUIET
    const cell = Math.max(1, Math.floor(this._size / count))
    const side = cell * count
    // Centre the whole-pixel grid inside the requested size.
    const inset = Math.floor((this._size - side) / 2) + QUIET * cell
    this.patch({ w: this._size, h: this._size, visible: true })
    child(this, 'Plate').patch(roundedBox(this._size, this._size, radius.s, LIGHT))
    modules.children = qrRects(result.matrix).map((rect) => ({
      rect: true,
      color: DARK,
      x: inset + rect.x * cell,
      y: inset + rect.y * cell,
      w: rect.w * cell,
      h: rect.h * cell,
    }))
  }
}
